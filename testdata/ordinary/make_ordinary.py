#!/usr/bin/env python3
"""Writes testdata/ordinary/*.eml: about 300 ORDINARY messages -- the mail a
bounce mailbox, a helpdesk box or a list operator's inbox holds that is NOT
a bounce (list traffic, newsletters, transactional mail, calendar mail,
machine reports, read receipts, spam and phishing that imitate a notice in
prose, human replies that look like auto-replies, mail in other languages
and charsets, old clients). Every message must give no record at all.

Written from the description of the false-bounce classes in issue 12 (item
4, last bullet) and from what such mailboxes really hold, before the
analyzer ever read the set. Standard library only; deterministic output.
Usage: python3 make_ordinary.py [DIR]"""
import base64
import binascii
import gzip
import hashlib
import io
import os
import random
import sys
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "unseen"))
from samplelib import b64, boundary, dt, enc_header, mail, mid, multipart, part, qp, write  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".eml"):
        os.remove(os.path.join(OUT, f))

R = random.Random(20261203)
COUNT = [0]

FIRST = ["Anna", "Brian", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kate", "Luis",
         "Maya", "Nils", "Olga", "Pierre", "Quentin", "Rosa", "Sanjay", "Tomasz", "Ursula", "Victor", "Wen", "Yuki"]
LAST = ["Adler", "Baptiste", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Hoffmann", "Ivanova", "Jansen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka",
        "Underwood", "Vega", "Wagner", "Zhang"]
ORGS = ["northwind.example", "harbor-labs.example", "acme-tools.example", "bluefield.example.org",
        "univ-lakeside.example.edu", "kestrel.example.net", "orchard-coop.example", "meridian.example.com",
        "stonebridge.example", "polaris-it.example.net"]
IPS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def ip():
    return R.choice(IPS) % R.randint(2, 250)


def person(org=None):
    f, l = R.choice(FIRST), R.choice(LAST)
    org = org or R.choice(ORGS)
    return f"{f} {l}", f"{f.lower()}.{l.lower()}@{org}"


def when(i=0):
    """A date in autumn 2026, different per message."""
    d = R.randint(1, 28)
    mo = R.choice([9, 10, 11])
    tz = R.choice(["+0000", "+0100", "+0200", "-0400", "-0700", "+0800", "+0900", "+0530"])
    return dt(2026, mo, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), tz)


def hops(src_host, dst_host, date, n=2, for_addr=None, final_sw="Postfix"):
    """A Received chain from the sender's submission host to the recipient's MX."""
    out = []
    mx = "mx%d.%s" % (R.randint(1, 3), dst_host)
    qid = hashlib.sha1((src_host + dst_host + date).encode()).hexdigest()[:12].upper()
    f = f"\n\tfor <{for_addr}>" if for_addr else ""
    out.append(f"Received: from {src_host} ({src_host} [{ip()}])\n\tby {mx} ({final_sw}) with ESMTPS id {qid[:10]}{f};\n\t{date}")
    if n > 1:
        out.append(f"Received: from [{ip()}] (helo=workstation)\n\tby {src_host} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97)\n\tid 1v{qid[:4]}-00{qid[4:8]}-{qid[8:10]};\n\t{date}")
    if n > 2:
        out.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby {src_host} (amavis, port 10024) with LMTP id {qid[2:12].lower()};\n\t{date}")
    return "\n".join(out)


def alt(name, text, html, charset="utf-8", cte="quoted-printable"):
    return multipart("alternative", [part(f"text/plain; charset={charset}", qp(text, charset) if cte == "quoted-printable" else b64(text, charset), cte),
                                     part(f"text/html; charset={charset}", qp(html, charset) if cte == "quoted-printable" else b64(html, charset), cte)],
                     boundary(name, 7), "")


def plain(text, charset="us-ascii", cte=None):
    if charset == "us-ascii":
        return part("text/plain; charset=us-ascii; format=flowed", text, "7bit")
    if cte == "quoted-printable":
        return part(f"text/plain; charset={charset}", qp(text, charset), "quoted-printable")
    if cte == "7bit":
        return part(f"text/plain; charset={charset}", text.encode(charset).decode("ascii"), "7bit")
    return part(f"text/plain; charset={charset}", b64(text, charset), "base64")


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in esc.split("\n\n"))
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:Arial,sans-serif\">\n{paras}</body></html>\n"


def emit(name, heads, body, lead=""):
    COUNT[0] += 1
    write(OUT, name, mail(heads, body), lead)


def std(name, frm, to, subject, date, src, dst, extra=(), n=2, rcvd=None, env=None):
    """Standard header list: Return-Path, Received chain, Date, From, To, Subject, Message-ID."""
    if env is None:
        env = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    h = [("Return-Path", f"<{env}>"), rcvd or hops(src, dst, date, n)]
    h += [("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, src))]
    h += list(extra)
    return h


# ---------------------------------------------------------------- list traffic: people talking about mail problems

DISCUSS = [
    ("Re: Mail to gmail bouncing since Tuesday", """{quoter} wrote:
> Since Tuesday every message from our Postfix box to Gmail comes back.
> The bounce says:
>
>   550-5.7.26 This mail has been blocked because the sender is
>   550-5.7.26 unauthenticated. Gmail requires all senders to
>   550 5.7.26 authenticate with either SPF or DKIM.
>
> Any idea what changed?

They tightened the bulk sender requirements. Check that your SPF record
includes the relay you actually send from, and sign with DKIM. After we
added the second outbound IP to SPF the rejections stopped within an hour.

{sig}"""),
    ("Re: user unknown for an address that definitely exists", """On {qdate}, {quoter} wrote:
> We get "550 5.1.1 <{addr}>: Recipient address rejected: User unknown
> in virtual mailbox table" although the mailbox is there and IMAP works.

That is Postfix looking in virtual_mailbox_maps, not in Dovecot. Run

    postmap -q {addr} mysql:/etc/postfix/mysql-virtual-mailbox-maps.cf

and see whether the query returns anything. Nine times out of ten it is a
domain that is missing from virtual_mailbox_domains, or a typo in the
query's WHERE clause.

{sig}"""),
    ("Re: How do you handle mailbox full bounces?", """> On our side a mailbox full error (552 5.2.2) is treated as soft for
> three days, after that we suppress the address. What do others do?

We do nearly the same, but seven days. Quota problems tend to get fixed
over a weekend; user unknown (5.1.1) we suppress at once.

For what it is worth, a few providers send 4.2.2 instead of 5.2.2, so
make sure your retry logic reads the text and not only the class digit.

{sig}"""),
    ("Dovecot quota plugin: warning at 90%?", """Hello list,

I would like users to get a mail when they reach 90% of their quota,
before anything gets rejected. My current config:

  plugin {{
    quota = maildir:User quota
    quota_rule = *:storage=2G
    quota_warning = storage=90% quota-warning 90 %u
    quota_exceeded_message = Mailbox is full, try again later.
  }}

The warning script runs but the mail never arrives. Does the script need
to call dovecot-lda with -o "plugin/quota=" so it is not blocked by the
quota it is warning about?

Thanks,
{sig}"""),
    ("Re: Deferred: Connection timed out with mx.example.net", """> postqueue -p shows:
>
> 4F3A21C2B9D*    2204 Mon Oct  5 10:01:22  {addr}
>     (connect to mx.example.net[198.51.100.7]:25: Connection timed out)

Port 25 outbound is probably blocked by your hosting provider. Try
  telnet 198.51.100.7 25
from the box. If it hangs, open a ticket with them or relay through
their smarthost on 587.

{sig}"""),
    ("Re: [SOLVED] Undeliverable mail returned to sender", """Just to close this thread: the "Undelivered Mail Returned to Sender"
messages were caused by an old alias that forwarded to a retired
mailbox. Removing the alias fixed it. Thanks {quoter} for the hint about
checking /etc/aliases.

{sig}"""),
    ("Re: Exim: retry time not reached for any host", """{quoter} wrote:
>   == {addr} R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host
>
> Is this a bounce? The user says the mail never arrived.

No, that is a deferral, the message is still in the queue. Exim will try
again after the retry interval. exim -Mrm would remove it, exim -M forces
a delivery attempt now. Look at exim -Mvl <id> for the real error.

{sig}"""),
    ("Re: SPF softfail or hard fail?", """> Should we use ~all or -all?

-all once you are sure every sender is listed. With -all some receivers
reject at RCPT time ("550 5.7.1 SPF check failed"), with ~all they only
mark the message. Start with ~all and DMARC p=none, read the aggregate
reports for a month, then tighten.

{sig}"""),
    ("Bounce processing in Mailman disabled my subscription", """Hi,

this morning Mailman told me my membership was disabled "due to excessive
bounces". My provider had an outage on the weekend and the list's posts
bounced with "452 4.2.2 Mailbox full" or timeouts. Is there a way to
re-enable it myself, or does an admin need to do it? I clicked the link
in the notice but it only shows the options page.

{sig}"""),
    ("Re: Greylisting delays of 15 minutes", """> Our users complain that mail from new contacts arrives 15 min late.

That is greylisting working as designed: the first attempt gets
"451 4.7.1 Please try again later" and the sender's server retries.
Whitelist the big providers with postgrey's whitelist_clients file, they
retry from different IPs and get delayed over and over.

{sig}"""),
]

SIGS = ["-- \n{name}\nSystems team, {org}", "Cheers,\n{first}", "Regards,\n{name}\n{org}", "-- \n{first} | https://{org}/~{user}"]


def sig(name, addr):
    org = addr.split("@")[1]
    return R.choice(SIGS).format(name=name, first=name.split()[0], org=org, user=addr.split("@")[0])


LISTS = [("postfix-users", "lists.mailhub.example.org"), ("dovecot", "lists.imapd.example.org"),
         ("exim-users", "lists.exim-like.example.net"), ("mailop", "list.mailop.example.org"),
         ("sysadmins", "lists.univ-lakeside.example.edu")]


def mailman2(i, listname, lhost, subject, body, sender, sname):
    name = f"list-mailman2-{listname}-{i:02d}.eml"
    date = when()
    lp = f"{listname}@{lhost}"
    footer = f"\n_______________________________________________\n{listname} mailing list\n{lp}\nhttps://{lhost}/mailman/listinfo/{listname}\n"
    extra = [("Sender", f"\"{listname}\" <{listname}-bounces@{lhost}>"), ("Errors-To", f"{listname}-bounces@{lhost}"),
             ("Precedence", "list"), ("X-BeenThere", lp), ("X-Mailman-Version", "2.1.39"),
             ("List-Id", f"Discussion of {listname} <{listname}.{lhost}>"),
             ("List-Unsubscribe", f"<https://{lhost}/mailman/options/{listname}>,\n <mailto:{listname}-request@{lhost}?subject=unsubscribe>"),
             ("List-Archive", f"<https://{lhost}/pipermail/{listname}/>"), ("List-Post", f"<mailto:{lp}>"),
             ("List-Help", f"<mailto:{listname}-request@{lhost}?subject=help>"),
             ("List-Subscribe", f"<https://{lhost}/mailman/listinfo/{listname}>,\n <mailto:{listname}-request@{lhost}?subject=subscribe>"),
             ("In-Reply-To", mid(name + "parent", "example.com")) if subject.startswith("Re:") else ("X-Priority", "3"),
             ("Content-Disposition", "inline")]
    heads = std(name, f"{sname} <{sender}>", lp, f"[{listname}] {subject}", date, lhost, "example.net", extra,
                env=f"{listname}-bounces+subscriber=example.net@{lhost}",
                rcvd=f"Received: from {lhost} ({lhost} [{ip()}])\n\tby mx.example.net (Postfix) with ESMTP id 4Q{i:03d}XbC;\n\t{date}\n"
                     f"Received: from [{lhost}] (localhost [127.0.0.1])\n\tby {lhost} (Postfix) with ESMTP id 4Q{i:03d}Ya1;\n\t{date}\n"
                     f"Received: from {sender.split('@')[1]} ([{ip()}])\n\tby {lhost} (Postfix) with ESMTPS id 4Q{i:03d}Zz9\n\tfor <{lp}>;\n\t{date}")
    emit(name, heads, plain(body + "\n" + footer))


for i, (subj, text) in enumerate(DISCUSS):
    listname, lhost = LISTS[i % len(LISTS)]
    sname, saddr = person()
    qname, qaddr = person()
    body = text.format(quoter=qname, qdate=when(), addr=person()[1], sig=sig(sname, saddr))
    mailman2(i, listname, lhost, subj, body, saddr, sname)


MORE_TALK = [
    ("Re: Our newsletter goes to spam at Outlook", """> Outlook.com puts everything from us in Junk since the IP change.

Sign up for SNDS and JMRP, they show the complaint rate per IP. A fresh IP
needs warming: start with your most engaged recipients for two weeks.
If you get "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't
sent" that is a block, not junk filtering, and you need to open a delisting
request with their support form.
"""),
    ("Weekly meetup: postmaster tools session", """Hi all,

next Thursday we meet at 18:00 in room B-214. Topic: reading delivery
status notifications, the difference between a 4xx and a 5xx reply, and
why "mailbox unavailable" means different things at different providers.
Bring your weirdest bounce (anonymised please).

Pizza is sponsored by the department.
"""),
    ("Re: Is 'quota exceeded' permanent?", """> Our CRM marks 'quota exceeded' addresses as invalid after one bounce.

That is too strict in my opinion. A full mailbox is a state, not an
identity: the same person may clean up tomorrow. Treat it as temporary
unless you see it for the same address for more than a week.
"""),
    ("Re: migrating lists from Mailman 2 to 3", """> How did you keep the bounce scores?

We did not. mailman import21 brings members and settings over, but the
bounce info starts from zero. That was fine for us: addresses that really
fail got disabled again within two weeks.
"""),
    ("Re: Reverse DNS for new relay", """> Do I really need a PTR record?

Yes. Several large receivers reject without one ("450 4.7.25 Client host
rejected: cannot find your hostname"). Ask whoever owns the IP block
(your hosting provider) to set it to the name in your HELO.
"""),
    ("Re: vacation replies to list mail", """> Every time I post, I get five out-of-office replies from subscribers.

A well-behaved autoresponder should not answer mail with Precedence: list
or a List-Id header. Mailman already sets those. The ones you still get
are broken clients; you can ask the list admin to moderate those members
or just filter "Automatic reply" into a folder.
"""),
]


def mailman3(i, listname, lhost, subject, body, sender, sname):
    name = f"list-mailman3-{listname}-{i:02d}.eml"
    date = when()
    lp = f"{listname}@{lhost}"
    footer = f"\n_______________________________________________\n{listname} mailing list -- {lp}\nTo unsubscribe send an email to {listname}-leave@{lhost}\n"
    extra = [("Message-ID-Hash", hashlib.sha1(name.encode()).hexdigest()[:32].upper()),
             ("X-Message-ID-Hash", hashlib.sha1(name.encode()).hexdigest()[:32].upper()),
             ("X-MailFrom", sender), ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-config-1; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
             ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"),
             ("List-Id", f"<{listname}.{lhost}>"), ("Archived-At", f"<https://{lhost}/archives/list/{lp}/message/{hashlib.md5(name.encode()).hexdigest()[:26].upper()}/>"),
             ("List-Archive", f"<https://{lhost}/archives/list/{lp}/>"),
             ("List-Help", f"<mailto:{listname}-request@{lhost}?subject=help>"),
             ("List-Owner", f"<mailto:{listname}-owner@{lhost}>"), ("List-Post", f"<mailto:{lp}>"),
             ("List-Subscribe", f"<mailto:{listname}-join@{lhost}>"), ("List-Unsubscribe", f"<mailto:{listname}-leave@{lhost}>"),
             ("Reply-To", lp)]
    heads = std(name, f"{sname} <{sender}>", lp, f"[{listname}] {subject}", date, lhost, "example.com", extra,
                env=f"{listname}-bounces@{lhost}", n=2)
    emit(name, heads, plain(body + "\n" + footer, "utf-8", "quoted-printable"))


ML3 = [("users", "lists.fedora-like.example.org"), ("mailman-users", "mail.python-like.example.org"),
       ("ops-talk", "lists.kestrel.example.net")]
for i, (subj, text) in enumerate(MORE_TALK + DISCUSS[:4]):
    listname, lhost = ML3[i % len(ML3)]
    sname, saddr = person()
    qname, _ = person()
    body = text.format(quoter=qname, qdate=when(), addr=person()[1], sig="") + "\n" + sig(sname, saddr)
    mailman3(i, listname, lhost, subj, body, saddr, sname)


# Mailman 2 MIME digest: message/rfc822 parts inside multipart/digest
def digest(i, listname, lhost, items):
    name = f"list-mailman-digest-{listname}-{i:02d}.eml"
    date = when()
    lp = f"{listname}@{lhost}"
    toc = [f"Send {listname} mailing list submissions to\n\t{lp}\n\nTo subscribe or unsubscribe via the World Wide Web, visit\n\thttps://{lhost}/mailman/listinfo/{listname}\nor, via email, send a message with subject or body 'help' to\n\t{listname}-request@{lhost}\n\nYou can reach the person managing the list at\n\t{listname}-owner@{lhost}\n\nWhen replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of {listname} digest...\"\n\n\nToday's Topics:\n"]
    parts = []
    for k, (subj, text) in enumerate(items):
        sname, saddr = person()
        toc.append(f"   {k + 1}. {subj} ({sname})")
        inner = (f"Date: {when()}\nFrom: {sname} <{saddr}>\nTo: {lp}\nSubject: [{listname}] {subj}\n"
                 f"Message-ID: {mid(name + str(k), saddr.split('@')[1])}\nContent-Type: text/plain; charset=us-ascii\n\n"
                 + text.format(quoter=person()[0], qdate=when(), addr=person()[1], sig=sig(sname, saddr)) + "\n")
        parts.append(part("message/rfc822", inner, cte=None))
    body = multipart("mixed", [part("text/plain; charset=us-ascii; Description=\"" + listname + " Digest, Vol 142, Issue " + str(i + 3) + "\"", "\n".join(toc) + "\n", "7bit"),
                               multipart("digest", parts, boundary(name, 2), "")
                               .replace("Content-Type: multipart/digest;", "Content-Type: multipart/digest;", 1),
                               part("text/plain; charset=us-ascii; Description=\"Digest Footer\"", f"_______________________________________________\n{listname} mailing list\n{lp}\nhttps://{lhost}/mailman/listinfo/{listname}\n\n\n------------------------------\n\nEnd of {listname} Digest, Vol 142, Issue {i + 3}\n**********************************************\n", "7bit")],
                     boundary(name), "")
    extra = [("Sender", f"{listname}-bounces@{lhost}"), ("Precedence", "list"), ("X-BeenThere", lp),
             ("X-Mailman-Version", "2.1.39"), ("List-Id", f"<{listname}.{lhost}>"),
             ("List-Unsubscribe", f"<https://{lhost}/mailman/options/{listname}>,\n <mailto:{listname}-request@{lhost}?subject=unsubscribe>"),
             ("Reply-To", lp)]
    heads = std(name, f"{listname}-request@{lhost}", lp, f"{listname} Digest, Vol 142, Issue {i + 3}", date, lhost, "example.org", extra,
                env=f"{listname}-bounces+digest=example.org@{lhost}")
    emit(name, heads, body)


digest(0, "postfix-users", "lists.mailhub.example.org", [DISCUSS[0], DISCUSS[4], DISCUSS[8]])
digest(1, "mailop", "list.mailop.example.org", [MORE_TALK[0], DISCUSS[2], MORE_TALK[4], DISCUSS[9]])
digest(2, "dovecot", "lists.imapd.example.org", [DISCUSS[3], MORE_TALK[2]])
digest(3, "sysadmins", "lists.univ-lakeside.example.edu", [("Returned mail: see transcript for details -- why?", "Our printer's scan-to-mail gets a message with that subject every\nmorning. I assume it tries to mail a user that left. Where do I find the\naddress book on a Ricoh?\n\n{sig}\n"), MORE_TALK[5]])


# Google Groups
GG_TOPICS = [
    ("Undeliverable messages after moving to Workspace", """Hi everyone,

after moving our domain to Workspace, people who write to our old aliases
get "Address not found - Your message wasn't delivered to sales@ because
the address couldn't be found". I re-created the aliases as groups but
they still bounce for outsiders. Is there a setting for external posting?

Thanks in advance,
{first}"""),
    ("Re: Undeliverable messages after moving to Workspace", """You need "Who can post: Anyone on the web" in the group's settings.
By default only organisation members can post, and outsiders get the
"address couldn't be found" reply even though the group exists.

{first}"""),
    ("Meeting notes 14 Oct", """Notes from today's call:

- mail relay migration: done, no delivery failures reported so far
- quota for shared mailboxes raised to 50 GB
- Dana is out of the office next week, Ravi covers the on-call rota

Next call: 28 Oct.

{first}"""),
    ("Re: recipient's mailbox is full -- what do I tell the customer?", """> A customer writes that our invoices come back with "The recipient's
> mailbox is full and can't accept messages now".

Tell them their own mailbox is full (the address they gave us). Nothing we
can fix on our side; we will resend once they have made space.

{first}"""),
    ("Weekend ride: route and meeting point", """Saturday 9:00 at the bakery on Mill Road, 65 km loop via the reservoir.
If it rains we postpone to Sunday. Reply here if you join so we know how
many to wait for.

{first}"""),
]


def google_group(i, grp, gdomain, subj, text):
    sname, saddr = person()
    name = f"list-googlegroups-{grp}-{i:02d}.eml"
    date = when()
    gaddr = f"{grp}@{gdomain}"
    body = text.format(first=sname.split()[0]) + f"""

-- 
You received this message because you are subscribed to the Google Groups "{grp}" group.
To unsubscribe from this group and stop receiving emails from it, send an email to {grp}+unsubscribe@{gdomain}.
To view this discussion visit https://groups.google.com/a/{gdomain}/d/msgid/{grp}/{mid(name, 'mail.gmail.com')[1:-1]}.
"""
    extra = [("X-Original-Sender", saddr), ("X-Original-Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@" + saddr.split('@')[1] + ";\n       spf=pass (google.com: domain of " + saddr + " designates " + ip() + " as permitted sender)"),
             ("Precedence", "list"), ("Mailing-list", f"list {gaddr}; contact {grp}+owners@{gdomain}"),
             ("List-ID", f"<{grp}.{gdomain}>"), ("X-Google-Group-Id", str(100000000000 + i * 7919)),
             ("List-Post", f"<https://groups.google.com/a/{gdomain}/group/{grp}/post>, <mailto:{gaddr}>"),
             ("List-Help", f"<https://support.google.com/a/{gdomain}/bin/topic.py?topic=25838>,\n <mailto:{grp}+help@{gdomain}>"),
             ("List-Archive", f"<https://groups.google.com/a/{gdomain}/group/{grp}/>"),
             ("List-Unsubscribe", f"<mailto:googlegroups-manage+{100000000000 + i * 7919}+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/{gdomain}/group/{grp}/subscribe>")]
    heads = std(name, f"{sname} <{saddr}>", gaddr, subj, date, "mail-sor-f41.google.com", gdomain, extra,
                env=f"{grp}+bncBAABBZ7{i:03d}KQMGQEXAMPLE@{gdomain}")
    body_part = alt(name, body, html_of(body)) if i % 2 else plain(body, "utf-8", "quoted-printable")
    emit(name, heads, body_part)


for i, (subj, text) in enumerate(GG_TOPICS):
    google_group(i, ["it-help", "staff", "support", "cycling-club", "staff"][i], ["harbor-labs.example", "harbor-labs.example", "orchard-coop.example", "googlegroups.com", "meridian.example.com"][i], subj, text)
google_group(5, "homeowners", "googlegroups.com", "Re: Jack is out of the office (again)", """Ha! Jack's out-of-office message has now replied to the whole group
three times. Jack, when you are back from the beach, please turn it off
for this list :-)

{first}""")
google_group(6, "devs", "kestrel.example.net", "Re: Delivery Status Notification (Failure) when posting", """> I tried to post and got a "Delivery Status Notification (Failure)".

You posted from your private address, which is not a member. Post from
the work one or ask an owner to add the private address as a member
with "no email" delivery.

{first}""")


# LISTSERV (L-Soft)
LS = [
    ("Re: Conference mailing bounced for half the members?", """On {qdate}, {quoter} wrote:
>Did anyone else get a pile of "Rejected posting to CONF-L" messages?

Those were held because the posting came from a non-subscribed address.
Nothing bounced at the recipients' end; the list owner released the
message an hour later.
"""),
    ("Call for papers: Workshop on e-mail infrastructure", """CALL FOR PAPERS

Workshop on Resilient E-mail Infrastructure (WREI 2027)
Topics include, but are not limited to:
  - delivery status notifications and their interpretation
  - mailbox quota management at scale
  - undeliverable mail handling and feedback loops
  - abuse desks, spam traps and reputation

Submission deadline: 15 January 2027.
"""),
    ("Position announcement: Postmaster / Mail Systems Engineer", """The Computing Centre seeks a Mail Systems Engineer. Responsibilities:
operate the central MTA cluster, monitor delivery failures and queue
growth, handle the postmaster@ and abuse@ mailboxes, maintain list
services (LISTSERV). Apply by 30 November.
"""),
]


def listserv(i, lname, lhost, subj, text):
    sname, saddr = person("univ-lakeside.example.edu")
    name = f"list-listserv-{lname.lower()}-{i:02d}.eml"
    date = when()
    body = text.format(qdate=when(), quoter=person()[0]) + f"\n{sname}\n\n############################\n\nTo unsubscribe from the {lname} list, click the following link:\nhttps://{lhost}/scripts/wa.exe?SUBED1={lname}&A=1\n"
    extra = [("Sender", f"{lname} list <{lname}@{lhost.upper()}>"), ("Reply-To", f"{sname} <{saddr}>"),
             ("Comments", f"To: {lname}@{lhost.upper()}"),
             ("List-Help", f"<https://{lhost}/scripts/wa.exe?LIST={lname}>,\n <mailto:LISTSERV@{lhost.upper()}?body=INFO%20{lname}>"),
             ("List-Unsubscribe", f"<mailto:{lname}-unsubscribe-request@{lhost.upper()}>"),
             ("List-Subscribe", f"<mailto:{lname}-subscribe-request@{lhost.upper()}>"),
             ("List-Owner", f"<mailto:{lname}-request@{lhost.upper()}>"),
             ("List-Archive", f"<https://{lhost}/scripts/wa.exe?LIST={lname}>")]
    heads = std(name, f"{sname} <{saddr}>", f"{lname}@{lhost.upper()}", subj, date, lhost, "example.com", extra,
                env=f"owner-{lname}@{lhost.upper()}")
    emit(name, heads, plain(body))


for i, (s, t) in enumerate(LS):
    listserv(i, ["CONF-L", "EMAILRES-L", "JOBS-L"][i], "listserv.univ-lakeside.example.edu", s, t)


# Discourse
DISC = [
    ("[Self-hosted] Emails bouncing: 'mailbox unavailable'", "A user reported a problem",
     """**{user}** wrote:

Since upgrading to 3.3 some of our members do not get notifications. In
/admin/email/bounced I see "550 5.1.1 mailbox unavailable" for a few
addresses, but those people say their mail works. How does Discourse
decide to disable email for a user? Is there a bounce score threshold?"""),
    ("[Self-hosted] Emails bouncing: 'mailbox unavailable'", "A reply",
     """**{user}** replied:

Yes, there is: each hard bounce adds 2 to the score, a soft bounce 1, and
at 4 email is disabled. Check Settings > Email > bounce score threshold.
The "mailbox unavailable" ones are hard bounces from the receiving side,
so Discourse is right to count them; ask the users to check their spam
filters or whitelists."""),
    ("[Feature] Show why a notification was not delivered", "A new topic",
     """**{user}** wrote:

It would help admins a lot if the user page showed the last delivery
error next to "email disabled", e.g. "Delivery failed: quota exceeded".
Right now we have to dig through the logs."""),
    ("[Lounge] Out of office etiquette", "A new post",
     """**{user}** wrote:

Unpopular opinion: an out-of-office reply should never go to a mailing
list or a forum notification. I was out of the office for two weeks and
came back to angry messages from a forum admin because my reply spammed
their topic."""),
]


def discourse(i, subj, kind, text):
    user = R.choice(FIRST).lower() + str(R.randint(1, 99))
    name = f"list-discourse-{i:02d}.eml"
    date = when()
    host = "forum.selfhosters.example.org"
    body = text.format(user=user) + f"""

---
[Visit Topic](https://{host}/t/{1000 + i * 37}/{i + 2}) or reply to this email to respond.

To unsubscribe from these emails, [click here](https://{host}/email/unsubscribe/{hashlib.md5(name.encode()).hexdigest()}).
"""
    extra = [("Reply-To", f"Selfhosters Forum <replies+{hashlib.md5(name.encode()).hexdigest()[:24]}@{host}>"),
             ("List-Unsubscribe", f"<https://{host}/email/unsubscribe/{hashlib.md5(name.encode()).hexdigest()}>"),
             ("List-ID", f"Selfhosters Forum <{host}>"), ("List-Archive", f"https://{host}/t/{1000 + i * 37}"),
             ("Precedence", "list"), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("X-Discourse-Post-Id", str(5000 + i)), ("X-Discourse-Topic-Id", str(1000 + i * 37)),
             ("Content-Language", "en")]
    heads = std(name, f"{user} via Selfhosters Forum <noreply@{host}>", person()[1], subj, date, host, "example.net", extra,
                env=f"bounce+{hashlib.md5(name.encode()).hexdigest()[:16]}@{host}")
    emit(name, heads, alt(name, body, html_of(body)))


for i, d in enumerate(DISC):
    discourse(i, *d)


# GitHub notifications: issues about bounce handling in people's own software
GH = [
    ("mailhog-ng/relay", "Handle 552 mailbox full as soft bounce", """The relay currently treats `552 5.2.2 Mailbox full` as a permanent failure
and drops the message. RFC 3463 says X.2.2 is "mailbox full", which is
usually temporary. Proposal: retry for 24 h before generating a DSN.

Example log line:

```
2026-10-02T11:22:01Z relay[331]: to=<someone@example.net> status=bounced (host mx.example.net[198.51.100.20] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command))
```"""),
    ("acme/newsletter-service", "Bounce webhook fails with 'user unknown' payloads", """When the ESP posts a bounce event whose `diagnostic` is
`smtp; 550 5.1.1 <x@example.com>... User unknown` the handler crashes
with `KeyError: 'bounceSubType'`. Stack trace attached. Looks like the
field is optional for Permanent/General bounces."""),
    ("golang-mailkit/smtp", "Client: expose the enhanced status code of a failed RCPT", """Right now `Rcpt()` returns `&textproto.Error{{Code: 550, Msg: "5.1.1 User unknown"}}`
and callers have to parse the message to get `5.1.1`. It would be nicer to
have an `EnhancedCode` field. Happy to send a PR."""),
    ("infra/mailstack", "Alert when the deferred queue grows", """We had an incident where the deferred queue grew to 40k messages
("Connection timed out" to one big provider) and nobody noticed for a
day. Add a Prometheus exporter for `postqueue -j` and an alert at 5k."""),
    ("mailhog-ng/relay", "Re: Handle 552 mailbox full as soft bounce", """@{user} agreed, but note that some servers send 552 for "message too
large" too (`552 5.3.4 Message size exceeds fixed limit`). We should key
on the enhanced code, not on the basic code."""),
    ("acme/crm", "Out-of-office replies are stored as customer replies", """Auto-replies ("Automatic reply: ...", "Out of Office: ...") are
attached to tickets as if the customer had answered, which reopens them.
We should check `Auto-Submitted` and `X-Auto-Response-Suppress`
before reopening."""),
]


def github(i, repo, title, text, kind):
    user = R.choice(FIRST).lower() + R.choice(["dev", "ops", "", "42", "-x"])
    num = 100 + i * 13
    name = f"github-{kind}-{i:02d}.eml"
    date = when()
    body = text.format(user=R.choice(FIRST).lower()) + f"""

--
Reply to this email directly, view it on GitHub:
https://github.com/{repo}/issues/{num}
You are receiving this because you are subscribed to this thread.

Message ID: <{repo}/issues/{num}@github.com>
"""
    extra = [("Reply-To", f"{repo.split('/')[0]}/{repo.split('/')[1]} <reply+A{hashlib.md5(name.encode()).hexdigest().upper()}@reply.github.com>"),
             ("In-Reply-To", f"<{repo}/issues/{num}@github.com>") if title.startswith("Re:") else ("X-GitHub-Reason", "subscribed"),
             ("List-ID", f"{repo.split('/')[1]} <{repo.split('/')[1]}.{repo.split('/')[0]}.github.com>"),
             ("List-Archive", f"https://github.com/{repo}"),
             ("List-Post", f"<mailto:reply+A{hashlib.md5(name.encode()).hexdigest().upper()}@reply.github.com>"),
             ("List-Unsubscribe", f"<mailto:unsub+A{hashlib.md5(name.encode()).hexdigest().upper()}@reply.github.com>,\n <https://github.com/notifications/unsubscribe/A{hashlib.sha1(name.encode()).hexdigest().upper()}>"),
             ("X-GitHub-Sender", user), ("X-GitHub-Recipient", "mailadmin"), ("X-GitHub-Recipient-Address", "mailadmin@meridian.example.com"),
             ("X-Auto-Response-Suppress", "All"), ("Precedence", "list")]
    heads = std(name, f"{user} <notifications@github.com>", f"{repo} <{repo.split('/')[1]}@noreply.github.com>",
                f"[{repo}] {title} (Issue #{num})", date, "out-21.smtp.github.com", "meridian.example.com", extra,
                env="noreply@github.com", n=1)
    emit(name, heads, alt(name, body, html_of(body)))


for i, (repo, title, text) in enumerate(GH):
    github(i, repo, title, text, "issue")


# GitLab
GL = [
    ("ops/mail-gateway", "Pipeline #48213 has failed", "Pipeline #48213 triggered by {user}\nhad 1 failed job\n\nFailed job: deploy-postfix (stage: deploy)\n\n  $ ansible-playbook site.yml --limit mx\n  fatal: [mx2]: UNREACHABLE! => {{\"msg\": \"Failed to connect to the host via ssh: ssh: connect to host 198.51.100.31 port 22: No route to host\"}}\n"),
    ("ops/mail-gateway", "Re: Bounce parser marks 4.2.2 as hard | Issue #77", "{user} commented:\n\nReproduced with the sample from the ticket. The parser reads `5.2.2` from\nthe text but the DSN says `Status: 4.2.2`; the header should win.\n"),
    ("web/shop", "Merge request !312: Send order mails via the new relay", "{user} merged merge request !312.\n\nChanges: swap SMTP host to relay.shop.example, add retry on 421/451,\nlog the final delivery status, drop the old 'delivery failed' banner.\n"),
]


def gitlab(i, proj, subj, text):
    user = R.choice(FIRST) + " " + R.choice(LAST)
    name = f"gitlab-{i:02d}.eml"
    date = when()
    host = "gitlab.meridian.example.com"
    body = text.format(user=user) + f"\n-- \nReply to this email directly or view it on GitLab: https://{host}/{proj}/-/issues/{77 + i}\nYou're receiving this email because of your account on {host}. Manage all notifications: https://{host}/-/profile/notifications\n"
    extra = [("Reply-To", f"GitLab <incoming+{hashlib.md5(name.encode()).hexdigest()[:20]}@{host}>"),
             ("X-GitLab-Project", proj.split("/")[1]), ("X-GitLab-Project-Path", proj),
             ("X-GitLab-NotificationReason", R.choice(["participating", "mentioned", "own_activity"])),
             ("List-Id", f"{proj} <{hashlib.md5(proj.encode()).hexdigest()[:8]}.{host}>"),
             ("List-Unsubscribe", f"<https://{host}/-/sent_notifications/{hashlib.md5(name.encode()).hexdigest()}/unsubscribe>"),
             ("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")]
    heads = std(name, f"{user} <gitlab@{host}>", person("meridian.example.com")[1], f"{proj} | {subj}", date, host, "meridian.example.com", extra, n=1)
    emit(name, heads, alt(name, body, html_of(body)))


for i, g in enumerate(GL):
    gitlab(i, *g)


# Jira
JIRA = [
    ("MAIL-412", "Customer emails to finance@ bounce with 'mailbox full'", "created",
     "Several customers report that mail to finance@meridian.example.com bounces:\n\n{noformat}\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n{noformat}\n\nPlease raise the shared mailbox quota or archive old items."),
    ("MAIL-412", "Customer emails to finance@ bounce with 'mailbox full'", "commented",
     "Archived 2019-2022 to the online archive; mailbox at 61% now. Asked the customers to resend."),
    ("OPS-1188", "Nightly report delivery failed", "updated",
     "Status changed: Open -> In Progress\n\nThe nightly sales report job could not deliver the CSV to the SFTP drop: 'delivery failed: connection refused'. Retrying manually."),
    ("HELP-2931", "Former employee address: 'user unknown' for supplier", "resolved",
     "Resolution: Done\n\nThe supplier kept writing to a deleted mailbox and got \"550 5.1.10 RESOLVER.ADR.RecipientNotFound\". We added a forward to purchasing@ for 90 days."),
]


def jira(i, key, summary, action, text):
    user = R.choice(FIRST) + " " + R.choice(LAST)
    name = f"jira-{key.lower()}-{i:02d}.eml"
    date = when()
    host = "jira.meridian.example.com"
    body = f"{user} {action} {key}\n---------------------------------\n\n    Summary: {summary}\n    Key: {key}\n    Project: {key.split('-')[0]}\n    Issue Type: Task\n    Reporter: {R.choice(FIRST)} {R.choice(LAST)}\n    Assignee: {user}\n\n{text}\n\n\n\n--\nThis message was sent by Atlassian Jira\n(v9.12.4#9120004)\n"
    extra = [("Reply-To", f"{user} (Jira) <jira@{host}>"), ("X-JIRA-FingerPrint", hashlib.md5(host.encode()).hexdigest()),
             ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
             ("In-Reply-To", f"<JIRA.{10000 + i}.{1700000000 + i}@Atlassian.JIRA>")]
    heads = std(name, f"\"{user} (Jira)\" <jira@{host}>", person("meridian.example.com")[1], f"[JIRA] ({key}) {summary}", date, host, "meridian.example.com", extra, n=1)
    emit(name, heads, alt(name, body, html_of(body)))


for i, j in enumerate(JIRA):
    jira(i, *j)


# ---------------------------------------------------------------- newsletters and marketing

NEWS = [
    ("MailDelivery Pro", "news@maildeliverypro.example", "MailDelivery Pro 5.0 is here: faster queues, clearer reports",
     """MailDelivery Pro 5.0 is out!

What's new:
* The Delivery Failure dashboard now groups bounces by reason (user
  unknown, mailbox full, blocked, spam) so you see at a glance what hurts
  your sender reputation.
* Undeliverable addresses are suppressed automatically after one hard
  bounce.
* New Mail Delivery Subsystem API for on-premise relays.

Upgrade today: https://maildeliverypro.example/upgrade

You receive this email because you are a MailDelivery Pro customer.
Unsubscribe: https://maildeliverypro.example/u/{tok}
MailDelivery Pro Ltd., 1 Harbour Street, Example City"""),
    ("Inbox Insider", "hello@inboxinsider.example", "5 reasons your emails bounce (and how to fix them)",
     """Hi {first},

Bounces are silent list killers. This week: the five most common
reasons your messages come back.

1. "User unknown" - the address never existed or was deleted.
2. "Mailbox full" - the recipient is over quota. Try again later.
3. "Domain not found" - typos like gmial.com.
4. "Blocked" - your IP or domain is on a blocklist.
5. "Message too large" - attachments over 25 MB.

Read the full article: https://inboxinsider.example/blog/bounces

Not interested anymore? Unsubscribe in one click:
https://inboxinsider.example/unsubscribe?u={tok}"""),
    ("Northwind Outdoor", "deals@news.northwind.example", "Last chance: 30% off all tents",
     """Hi {first},

our autumn sale ends Sunday at midnight. All tents, sleeping bags and
stoves 30% off, free delivery over 50 EUR.

Shop now: https://northwind.example/sale?utm_source=newsletter

Delivery note: parcels ordered after Friday 14:00 ship on Monday.

You are receiving this because you subscribed at northwind.example.
Unsubscribe | Preferences | Privacy
Northwind Outdoor GmbH, Example Street 5, Example Town"""),
    ("The Postmaster Weekly", "editor@postmasterweekly.example", "Postmaster Weekly #212: Yahoo deferrals, new RFC drafts",
     """THE POSTMASTER WEEKLY - issue 212

* Yahoo deferrals: many senders saw "421 4.7.0 [TSS04] Messages from
  203.0.113.0/24 temporarily deferred due to unexpected volume or user
  complaints" this week. Slow down and check complaint rates.
* Draft: a new header to tell an autoresponder it should stay quiet.
* Tool of the week: a command-line DSN pretty-printer.
* Job: Deliverability engineer at a large ESP.

Forward this to a colleague. Unsubscribe: https://postmasterweekly.example/unsub/{tok}"""),
    ("Orchard Co-op", "members@orchard-coop.example", "Harvest festival - volunteers needed",
     """Dear members,

the harvest festival is on 17 October. We still need volunteers for the
cider press and the cake stall. If your mail to volunteers@ bounced last
week: the address was broken during the server move, it works again now.

See you there!
The Orchard Co-op board

Unsubscribe from member news: https://orchard-coop.example/news/unsub?id={tok}"""),
    ("CloudBox", "no-reply@cloudbox.example", "Your storage is almost full",
     """Hi {first},

you are using 14.6 GB of your 15 GB CloudBox storage. When your storage
is full, new files will not sync and shared folders cannot be updated.

Upgrade to CloudBox Plus for 200 GB: https://cloudbox.example/plus

This is a service message about your CloudBox account. Manage email
settings: https://cloudbox.example/settings/email"""),
    ("Returned Goods Outlet", "offers@returnedgoods.example", "Returned to sender? Their loss, your bargain!",
     """Parcels that were returned to sender, unclaimed or undeliverable end
up with us - and we sell them at up to 80% off.

This week's mystery boxes: electronics, books, toys.
https://returnedgoods.example/mystery

Unsubscribe: https://returnedgoods.example/unsubscribe/{tok}"""),
    ("Bounce Fitness", "team@bouncefitness.example", "Bounce back this autumn: 2 weeks free",
     """Hi {first},

Bounce Fitness is back from the summer break! Your first two weeks are
free when you sign up before 31 October. Trampoline classes, yoga, HIIT.

Book a class: https://bouncefitness.example/book
Unsubscribe: https://bouncefitness.example/u/{tok}"""),
]


def newsletter(i, brand, frm, subj, text, to=None):
    name = f"newsletter-{brand.lower().replace(' ', '-')}-{i:02d}.eml"
    date = when()
    tok = hashlib.md5(name.encode()).hexdigest()
    rname, raddr = to or person()
    body = text.format(first=rname.split()[0], tok=tok)
    dom = frm.split("@")[1]
    esp = R.choice(["mta-07.sendhub.example", "o1.ptr4412.espmail.example", "mail181-12.suw41.mcsv.example"])
    extra = [("Reply-To", f"{brand} <support@{dom}>"),
             ("List-Unsubscribe", f"<https://{dom}/unsubscribe/{tok}>, <mailto:unsubscribe-{tok[:12]}@{dom}>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
             ("X-Campaign-ID", f"cmp-{tok[:8]}"), ("Feedback-ID", f"{tok[:6]}:{tok[6:10]}:newsletter:{esp.split('.')[-2]}"),
             ("X-Mailer", R.choice(["SendHub Campaigns 4.2", "MailerLite-ish 2.0", "Acumbamail"])),
             ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=s1;\n\th=from:to:subject:date:list-unsubscribe; bh={base64.b64encode(hashlib.sha256(name.encode()).digest()).decode()};\n\tb={base64.b64encode(hashlib.sha512(name.encode()).digest()).decode()}")]
    heads = std(name, f"{brand} <{frm}>", f"{rname} <{raddr}>", subj, date, esp, raddr.split("@")[1], extra,
                env=f"bounces+{tok[:10]}-{raddr.replace('@', '=')}@em.{dom}", n=1)
    emit(name, heads, alt(name, body, html_of(body)))


for i, n in enumerate(NEWS):
    newsletter(i, *n)
newsletter(8, "Inbox Insider", "hello@inboxinsider.example", "Webinar: reading a DSN line by line",
           """Hi {first},

join us Thursday for a live session: we take real delivery status
notifications apart - Reporting-MTA, Final-Recipient, Action, Status,
Diagnostic-Code - and explain what each field tells you.

Register: https://inboxinsider.example/webinar

Unsubscribe: https://inboxinsider.example/unsubscribe?u={tok}""")


# ---------------------------------------------------------------- transactional

SHIP = [
    ("ParcelNet", "tracking@parcelnet.example", "Delivery attempt failed - parcel {trk}",
     """Hello {first},

we tried to deliver your parcel {trk} today at 11:42, but nobody was at
home. Delivery attempt failed: recipient not available.

What happens next?
- We will try again on the next working day.
- After 3 failed delivery attempts the parcel is taken to your nearest
  ParcelNet point and kept for 7 days, then returned to sender.

Reschedule delivery: https://parcelnet.example/t/{trk}

ParcelNet Customer Service"""),
    ("SwiftPost", "noreply@swiftpost.example", "Your shipment {trk}: address could not be found",
     """Dear {first},

your shipment {trk} could not be delivered: the address could not be
found by our driver (house number unknown). Please confirm or correct the
delivery address within 5 days, otherwise the shipment will be returned
to the sender.

Correct the address: https://swiftpost.example/fix/{trk}"""),
    ("EuroCourier", "info@eurocourier.example", "Undeliverable: shipment {trk} returned to sender",
     """Dear customer,

shipment {trk} was undeliverable (refused by recipient) and has been
returned to the sender. The sender will contact you about a refund or a
new delivery.

Your EuroCourier team"""),
    ("ParcelNet", "tracking@parcelnet.example", "Your parcel {trk} is out for delivery",
     """Hello {first},

good news: parcel {trk} is out for delivery today between 13:00 and
15:00. If you are not at home, the driver will try a neighbour.

Track: https://parcelnet.example/t/{trk}"""),
    ("Meridian Shop", "orders@shop.meridian.example.com", "Order #20451: delivery delayed",
     """Hi {first},

we are sorry: the delivery of your order #20451 is delayed because the
carrier's delivery attempt failed (depot closed due to a storm). New
expected delivery date: 14 October.

Order details: https://shop.meridian.example.com/orders/20451"""),
]

for i, (brand, frm, subj, text) in enumerate(SHIP):
    name = f"shipping-{brand.lower().replace(' ', '-')}-{i:02d}.eml"
    rname, raddr = person()
    trk = "PN" + hashlib.md5(name.encode()).hexdigest()[:10].upper()
    date = when()
    body = text.format(first=rname.split()[0], trk=trk)
    dom = frm.split("@")[1]
    heads = std(name, f"{brand} <{frm}>", raddr, subj.format(trk=trk), date, "smtp-out." + dom, raddr.split("@")[1],
                [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")], n=1,
                env=f"bounce@{dom}")
    emit(name, heads, alt(name, body, html_of(body)) if i % 2 == 0 else plain(body, "utf-8", "quoted-printable"))

TRANS = [
    ("receipt", "Harbor Labs Store", "receipts@harbor-labs.example", "Your receipt #HL-88812",
     "Thank you for your purchase, {first}!\n\n  1 x USB-C dock        89.00 EUR\n  1 x Cable 2 m         12.00 EUR\n  ----------------------------\n  Total                101.00 EUR (incl. VAT)\n\nPaid with Visa ending 4242 on {date}.\nQuestions? Reply to this email.\n"),
    ("receipt", "Kestrel Cloud", "billing@kestrel.example.net", "Invoice 2026-10-0042 for your account",
     "Hello {first},\n\nyour invoice for October is ready: 48.20 USD, charged to the card on file.\nDownload: https://kestrel.example.net/billing/2026-10-0042.pdf\n\nIf the payment fails we will retry in 3 days; after three failed payments\nthe account is suspended. No action is needed if your card is valid.\n"),
    ("password", "Meridian Accounts", "no-reply@accounts.meridian.example.com", "Reset your password",
     "Hi {first},\n\nsomeone (hopefully you) asked to reset the password of your Meridian\naccount {addr}. Use this link within 30 minutes:\n\nhttps://accounts.meridian.example.com/reset/{tok}\n\nIf you did not ask for this, ignore this email: your password stays the same.\n"),
    ("password", "Polaris Webmail", "security@polaris-it.example.net", "Your password expires in 5 days",
     "Dear {first},\n\nthe password for mailbox {addr} expires in 5 days. Change it in\nWebmail > Settings > Password. After it expires you will not be able to\nsend or receive mail until you set a new one.\n\nPolaris IT Service Desk\n"),
    ("login", "Stonebridge Bank", "alerts@stonebridge.example", "New sign-in from Firefox on Windows",
     "Hello {first},\n\nwe noticed a new sign-in to your online banking:\n\n  Device:   Firefox on Windows\n  Location: Example City (approximate)\n  IP:       203.0.113.45\n  Time:     {date}\n\nIf this was you, no action is needed. If not, call us immediately.\n"),
    ("login", "Kestrel Cloud", "security@kestrel.example.net", "Sign-in blocked: unusual activity",
     "Hi {first},\n\nwe blocked a sign-in attempt to {addr} from an unfamiliar location\n(IP 198.51.100.201). Your account is safe. If it was you, confirm here:\nhttps://kestrel.example.net/security/confirm/{tok}\n"),
    ("signup", "Orchard Co-op", "no-reply@orchard-coop.example", "Please confirm your email address",
     "Hi {first},\n\nplease confirm {addr} by clicking the link below. Unconfirmed\naddresses are removed after 7 days.\n\nhttps://orchard-coop.example/confirm/{tok}\n"),
    ("account", "Bluefield Hosting", "support@bluefield.example.org", "Action required: your mailbox plan is over its limit",
     "Hello {first},\n\nthe mailboxes on your plan use 10.4 GB of 10 GB. Mail still arrives,\nbut please upgrade or delete old mail within 14 days. Overview:\n\n  info@{dom}        6.1 GB\n  {addr}   4.3 GB\n\nBluefield Hosting Support\n"),
]

for i, (kind, brand, frm, subj, text) in enumerate(TRANS):
    name = f"transactional-{kind}-{i:02d}.eml"
    rname, raddr = person()
    date = when()
    body = text.format(first=rname.split()[0], addr=raddr, date=date, tok=hashlib.md5(name.encode()).hexdigest(), dom=raddr.split("@")[1])
    dom = frm.split("@")[1]
    heads = std(name, f"{brand} <{frm}>", f"{rname} <{raddr}>", subj, date, "mail." + dom, raddr.split("@")[1],
                [("Auto-Submitted", "auto-generated")] if i % 3 else [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")], n=1,
                env=f"bounces@{dom}")
    emit(name, heads, alt(name, body, html_of(body)) if i % 2 else plain(body))


# ---------------------------------------------------------------- calendar invitations and replies

def ics(method, uid, summary, org, att, partstat="NEEDS-ACTION", start="20261015T090000Z"):
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 2.1//EN", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"DTSTART:{start}", f"DTEND:{start[:9]}100000Z", f"DTSTAMP:20261001T120000Z",
        f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={att[0]}:mailto:{att[1]}",
        f"SUMMARY:{summary}", "LOCATION:Room 3.14 / video link in description", "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR", ""]).replace("\r\n", "\n")


CAL = [
    ("REQUEST", "Invitation: Mail relay migration go/no-go @ Thu 15 Oct 2026 09:00 - 10:00 (UTC)", "Mail relay migration go/no-go", None,
     "You have been invited to the following event.\n\nMail relay migration go/no-go\nWhen: Thu 15 Oct 2026 09:00 - 10:00 (UTC)\nWho: {org}, {att}\n\nAgenda: bounce rate after the switch, undeliverable mail in the old queue, rollback plan.\n\nGoing? Yes - Maybe - No\n"),
    ("REQUEST", "Postmaster office hours", "Postmaster office hours", None,
     "When: Tuesday, 20 October 2026 14:00-15:00.\nWhere: Room 3.14\n\nBring your delivery problems: rejected mail, full mailboxes, lost messages.\n"),
    ("REPLY", "Accepted: Mail relay migration go/no-go", "Mail relay migration go/no-go", "ACCEPTED", "{att} has accepted this invitation.\n"),
    ("REPLY", "Declined: Postmaster office hours", "Postmaster office hours", "DECLINED", "{att} has declined this invitation.\n\nSorry, I am out of the office that week.\n"),
    ("REPLY", "Tentative: Quarterly review", "Quarterly review", "TENTATIVE", "{att} has tentatively accepted this invitation.\n"),
    ("CANCEL", "Canceled: Quarterly review", "Quarterly review", None, "This meeting has been canceled. The room booking failed; we will send a new invitation.\n"),
    ("REQUEST", "Updated invitation: Team offsite (out of office all day)", "Team offsite - whole team out of office", None,
     "This event has been changed.\n\nTeam offsite - whole team out of office\nWhen: Fri 23 Oct 2026, all day\n\nThe shared mailbox will have an automatic reply that day; please do not set your own.\n"),
]

for i, (method, subj, summary, pstat, text) in enumerate(CAL):
    name = f"calendar-{method.lower()}-{i:02d}.eml"
    org = person("meridian.example.com")
    att = person()
    uid = hashlib.md5(summary.encode()).hexdigest() + "@meridian.example.com"
    frm, to = (att, org) if method == "REPLY" else (org, att)
    date = when()
    body_t = text.format(org=org[0], att=att[0])
    cal = ics(method, uid, summary, org, att, pstat or "NEEDS-ACTION")
    body = multipart("mixed", [
        multipart("alternative", [part("text/plain; charset=utf-8", body_t, "7bit"),
                                  part("text/html; charset=utf-8", html_of(body_t), "7bit"),
                                  part(f"text/calendar; charset=utf-8; method={method}", cal, "7bit")], boundary(name, 3), ""),
        part(f"application/ics; name=\"invite.ics\"", b64(cal, "utf-8"), "base64", "Content-Disposition: attachment; filename=\"invite.ics\"")],
        boundary(name), "")
    extra = [("X-Mailer", "Microsoft Outlook 16.0") if i % 2 else ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Thread-Topic", summary), ("Content-Class", "urn:content-classes:calendarmessage") if i % 2 else ("X-Google-Calendar-Content-Display", "1")]
    heads = std(name, f"{frm[0]} <{frm[1]}>", f"{to[0]} <{to[1]}>", subj, date, frm[1].split("@")[1], to[1].split("@")[1], extra)
    emit(name, heads, body)


# ---------------------------------------------------------------- machine mail that is not a bounce

def cron(i, host, cmd, output, user="root"):
    name = f"cron-{host.split('.')[0]}-{i:02d}.eml"
    date = when()
    heads = [("Return-Path", f"<{user}@{host}>"),
             f"Received: by {host} (Postfix, from userid 0)\n\tid 4Q{i:02d}CrN{i}x; {date}",
             ("Date", date), ("From", f"\"(Cron Daemon)\" <{user}@{host}>"), ("To", f"{user}@{host}"),
             ("Subject", f"Cron <{user}@{host.split('.')[0]}> {cmd}"), ("Message-ID", mid(name, host)),
             ("X-Cron-Env", "<SHELL=/bin/sh>"), ("X-Cron-Env", f"<HOME=/{user}>"), ("X-Cron-Env", "<PATH=/usr/bin:/bin>"),
             ("X-Cron-Env", f"<LOGNAME={user}>"), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]
    emit(name, heads, part("text/plain; charset=UTF-8", output, "8bit"))


cron(0, "mx1.meridian.example.com", "/usr/sbin/postqueue -p | tail -n 40", """-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
4Q7ZkT1x2Fz*    3411 Mon Oct 12 06:01:14  newsletter@meridian.example.com
                                         subscriber1@slow-isp.example.net

4Q7ZkW0Qq3z     2210 Mon Oct 12 05:58:40  billing@meridian.example.com
            (connect to mx.slow-isp.example.net[198.51.100.77]:25: Connection timed out)
                                         accounts@slow-isp.example.net

4Q7Zm02LbKz     5932 Mon Oct 12 05:40:02  alerts@meridian.example.com
  (host mx.tiny.example[203.0.113.12] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))
                                         oncall@tiny.example

-- 11 Kbytes in 3 Requests.
""")
cron(1, "backup01.harbor-labs.example", "/usr/local/bin/rotate-logs.sh", """rotate-logs: /var/log/mail.log rotated (48211 lines)
rotate-logs: compressing mail.log.1 ... done
rotate-logs: WARNING: /var/log/mail.err has 12 lines since yesterday:
  postfix/smtp[22110]: 4Q7Zm02LbKz: to=<oncall@tiny.example>, relay=mx.tiny.example[203.0.113.12]:25, delay=3600, status=deferred (host said: 452 4.2.2 Mailbox full)
  postfix/local[22514]: warning: maildir quota of user backup reached 95%
""")
cron(2, "web03.acme-tools.example", "php /var/www/app/artisan schedule:run", """[2026-10-08 02:00:01] Running scheduled command: send-reminders
[2026-10-08 02:00:04] Reminders: 1204 queued, 3 skipped (address marked undeliverable), 0 failed
[2026-10-08 02:00:04] Running scheduled command: prune-failed-jobs
[2026-10-08 02:00:05] Pruned 17 failed jobs older than 48 hours.
""", user="www-data")
cron(3, "mail.orchard-coop.example", "/usr/bin/doveadm quota get -A | awk '$4 > 90'", """Username                          Quota name Type    Value   Limit  %
treasurer@orchard-coop.example    User quota STORAGE 1948312 2048000 95
shop@orchard-coop.example         User quota STORAGE 1890002 2048000 92
""", user="vmail")
cron(4, "ns1.kestrel.example.net", "/usr/local/sbin/check-mx", """check-mx: kestrel.example.net MX 10 mx1.kestrel.example.net OK (220 ESMTP ready)
check-mx: kestrel.example.net MX 20 mx2.kestrel.example.net FAILED: connect to 198.51.100.42 port 25: No route to host
check-mx: 1 of 2 MX hosts unreachable
""")
cron(5, "mx2.polaris-it.example.net", "exim -bpc; exiqsumm", """47

Count  Volume  Oldest  Newest  Domain
-----  ------  ------  ------  ------

   31   412KB     19h      2m  slow-isp.example.net
   12    88KB      6h     11m  tiny.example
    4    20KB     40m     40m  bluefield.example.org
---------------------------------------------------------------
   47   520KB     19h      2m  TOTAL
""")


LOGWATCH = """ ################### Logwatch 7.8 (01/22/23) ####################
        Processing Initiated: {date}
        Date Range Processed: yesterday
        Detail Level of Output: 5
        Type of Output/Format: mail / text
        Logfiles for Host: {host}
 ##################################################################

 --------------------- Postfix Begin ------------------------

    4.210M  Bytes accepted                              4,414,981
    3.998M  Bytes delivered                             4,192,201
 ========   ==================================================

     1312   Accepted                                      97.2%
       38   Rejected                                       2.8%
 --------   --------------------------------------------------
     1350   Total                                        100.0%
 ========   ==================================================

       21   Reject relay denied                            55.3%
       12   Reject unknown user                            31.6%
        5   Reject RBL                                     13.2%

     1290   Delivered
       14   Deferred  (Deferred)
        8   Bounced  (remote)

 ****** Detail (10) ******

       12   Reject unknown user ---------------------------------
            12   <nobody-here@{dom}>: Recipient address rejected: User unknown in local recipient table
        8   Bounced (remote) ------------------------------------
             5   550 5.1.1 The email account that you tried to reach does not exist
             3   552 5.2.2 The email account that you tried to reach is over quota

 ---------------------- Postfix End -------------------------

 --------------------- Disk Space Begin ------------------------

 Filesystem      Size  Used Avail Use% Mounted on
 /dev/sda1        40G   31G  7.1G  82% /
 /dev/sdb1       500G  471G   29G  95% /var/vmail

 ---------------------- Disk Space End -------------------------

 ###################### Logwatch End #########################
"""
for i, host in enumerate(["mx1.meridian.example.com", "mail.orchard-coop.example", "smtp.univ-lakeside.example.edu"]):
    name = f"logwatch-{host.split('.')[0]}-{i:02d}.eml"
    date = when()
    heads = [("Return-Path", f"<root@{host}>"), f"Received: by {host} (Postfix, from userid 0)\n\tid 4Q{i:02d}LwT{i}; {date}",
             ("To", f"root@{host}"), ("From", f"logwatch@{host}"), ("Subject", f"Logwatch for {host.split('.')[0]} (Linux)"),
             ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("Message-ID", mid(name, host)), ("Date", date)]
    emit(name, heads, part("text/plain; charset=\"iso-8859-1\"", LOGWATCH.format(date=date, host=host, dom=".".join(host.split(".")[1:])), "7bit"))


MON = [
    ("nagios", "** PROBLEM Service Alert: mx2/SMTP is CRITICAL **", "nagios@monitor.meridian.example.com",
     "***** Nagios *****\n\nNotification Type: PROBLEM\n\nService: SMTP\nHost: mx2\nAddress: 198.51.100.42\nState: CRITICAL\n\nDate/Time: {date}\n\nAdditional Info:\n\nconnect to address 198.51.100.42 and port 25: No route to host\n"),
    ("nagios", "** RECOVERY Service Alert: mx2/SMTP is OK **", "nagios@monitor.meridian.example.com",
     "***** Nagios *****\n\nNotification Type: RECOVERY\n\nService: SMTP\nHost: mx2\nAddress: 198.51.100.42\nState: OK\n\nDate/Time: {date}\n\nAdditional Info:\n\nSMTP OK - 0.041 sec. response time\n"),
    ("zabbix", "Problem: Host unreachable: db-replica-2", "zabbix@monitor.kestrel.example.net",
     "Problem started at 03:14:07 on 2026.10.09\nProblem name: Host unreachable: db-replica-2\nHost: db-replica-2\nSeverity: High\nOperational data: ICMP ping: Down (0)\nOriginal problem ID: 8821304\n"),
    ("zabbix", "Problem: Mail queue on mx1 is above 500", "zabbix@monitor.kestrel.example.net",
     "Problem started at 07:02:00 on 2026.10.09\nProblem name: Mail queue on mx1 is above 500\nHost: mx1\nSeverity: Warning\nOperational data: 812 messages deferred (top reason: 421 Service not available)\n"),
    ("alertmanager", "[FIRING:1] WebhookDeliveryFailed payments-api (critical)", "alertmanager@monitor.harbor-labs.example",
     "[FIRING:1] WebhookDeliveryFailed\n\nLabels:\n - alertname = WebhookDeliveryFailed\n - service = payments-api\n - severity = critical\nAnnotations:\n - summary = Webhook delivery failed for 15 minutes\n - description = 97% of webhook deliveries to partner endpoint failed (HTTP 503).\nSource: http://prometheus.harbor-labs.example/graph?g0.expr=...\n"),
    ("alertmanager", "[RESOLVED] PostfixDeferredQueueHigh mx1", "alertmanager@monitor.harbor-labs.example",
     "[RESOLVED] PostfixDeferredQueueHigh\n\nLabels:\n - alertname = PostfixDeferredQueueHigh\n - instance = mx1:9154\nAnnotations:\n - summary = Deferred queue above 1000 (now 42)\n"),
    ("jenkins", "Build failed in Jenkins: nightly-mail-export #412", "jenkins@ci.acme-tools.example",
     "See <https://ci.acme-tools.example/job/nightly-mail-export/412/display/redirect>\n\nChanges:\n\n------------------------------------------\n[...truncated 212 lines...]\nERROR: delivery failed: sftp upload to reports.example.net: Connection refused\nBuild step 'Execute shell' marked build as failure\nSending e-mails to: ops@acme-tools.example\nFinished: FAILURE\n"),
    ("airflow", "Airflow alert: <TaskInstance: daily_digest.deliver_emails 2026-10-10 [failed]>", "airflow@data.meridian.example.com",
     "Try 3 out of 3\nException:\nSMTPRecipientsRefused: {{'bad-address@example.invalid': (550, b'5.1.2 Bad destination mailbox address')}}\nLog: Link\nHost: worker-4.data.meridian.example.com\nLog file: /opt/airflow/logs/daily_digest/deliver_emails/2026-10-10.log\nMark success: Link\n"),
    ("uptime", "[DOWN] status.orchard-coop.example is unreachable", "alerts@uptime-watch.example",
     "Monitor: Orchard website\nURL: https://status.orchard-coop.example\nStatus: DOWN (Host unreachable)\nSince: {date}\nChecked from: Frankfurt, Amsterdam, London\n\nYou will get another email when it is back up.\nManage alerts: https://uptime-watch.example/alerts\n"),
    ("smartd", "SMART error (CurrentPendingSector) detected on host: storage2", "root@storage2.polaris-it.example.net",
     "This message was generated by the smartd daemon running on:\n\n   host name:  storage2\n   DNS domain: polaris-it.example.net\n\nThe following warning/error was logged by the smartd daemon:\n\nDevice: /dev/sdc [SAT], 8 Currently unreadable (pending) sectors\n\nDevice info:\nWDC WD80EFZX, S/N:EXAMPLE123, 8.00 TB\n\nFor details see host's SYSLOG.\n"),
    ("fail2ban", "[Fail2Ban] postfix-sasl: banned 203.0.113.66 from mx1", "fail2ban@mx1.meridian.example.com",
     "Hi,\n\nThe IP 203.0.113.66 has just been banned by Fail2Ban after\n12 attempts against postfix-sasl.\n\nLines containing failures of 203.0.113.66:\nwarning: unknown[203.0.113.66]: SASL LOGIN authentication failed: UGFzc3dvcmQ6\n\nRegards,\n\nFail2Ban\n"),
]

for i, (kind, subj, frm, text) in enumerate(MON):
    name = f"monitor-{kind}-{i:02d}.eml"
    date = when()
    host = frm.split("@")[1]
    to = "ops@" + ".".join(host.split(".")[-2:]) if not host.endswith("example") else "ops@" + host.split(".", 1)[1]
    heads = std(name, f"{kind.capitalize()} <{frm}>" if i % 2 else frm, to, subj, date, host, to.split("@")[1],
                [("Auto-Submitted", "auto-generated"), ("X-Priority", "1" if "PROBLEM" in subj or "FIRING" in subj else "3")], n=1)
    emit(name, heads, plain(text.format(date=date)))


# DMARC aggregate reports (RFC 7489): zip or gzip XML attachments
def dmarc_xml(org, email, rid, domain, rows):
    recs = "".join(f"""  <record>
    <row>
      <source_ip>{src}</source_ip>
      <count>{cnt}</count>
      <policy_evaluated>
        <disposition>{disp}</disposition>
        <dkim>{dk}</dkim>
        <spf>{sp}</spf>
      </policy_evaluated>
    </row>
    <identifiers>
      <header_from>{domain}</header_from>
    </identifiers>
    <auth_results>
      <dkim><domain>{domain}</domain><result>{dk}</result><selector>s1</selector></dkim>
      <spf><domain>{domain}</domain><result>{sp}</result></spf>
    </auth_results>
  </record>
""" for src, cnt, disp, dk, sp in rows)
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>{org}</org_name>
    <email>{email}</email>
    <report_id>{rid}</report_id>
    <date_range><begin>1791763200</begin><end>1791849599</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>{domain}</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct>
  </policy_published>
{recs}</feedback>
"""


def zipped(fname, data):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(fname, date_time=(2026, 10, 11, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    return buf.getvalue()


def gzipped(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data.encode())
    return buf.getvalue()


def b64bytes(raw):
    s = base64.b64encode(raw).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


DMARC = [("google.com", "noreply-dmarc-support@google.com", "zip", "mail-sor-f73.google.com"),
         ("Outlook.com", "dmarcreport@microsoft.com", "gz", "mail-ve1eur01.outbound.protection.outlook.com"),
         ("Yahoo", "dmarchelp@yahooinc.com", "gz", "sonic.gate.mail.ne1.yahoo.com"),
         ("Mail.Ru", "dmarc_support@corp.mail.ru", "zip", "fallback.mail.ru"),
         ("Enterprise Mail Gateway", "dmarc-reports@gateway.kestrel.example.net", "zip", "gateway.kestrel.example.net")]
for i, (org, email, kind, host) in enumerate(DMARC):
    domain = ORGS[i]
    name = f"dmarc-aggregate-{org.split('.')[0].lower().replace(' ', '-')}-{i:02d}.eml"
    rid = hashlib.md5(name.encode()).hexdigest()
    xml = dmarc_xml(org, email, rid, domain, [(ip(), 412, "none", "pass", "pass"), (ip(), 3, "quarantine", "fail", "fail"), (ip(), 27, "none", "pass", "fail")])
    fname = f"{org.split()[0].lower()}!{domain}!1791763200!1791849599"
    if kind == "zip":
        att = part(f"application/zip; name=\"{fname}.zip\"", b64bytes(zipped(fname + ".xml", xml)), "base64",
                   f"Content-Disposition: attachment; filename=\"{fname}.zip\"")
    else:
        att = part(f"application/gzip; name=\"{fname}.xml.gz\"", b64bytes(gzipped(xml)), "base64",
                   f"Content-Disposition: attachment; filename=\"{fname}.xml.gz\"")
    date = when()
    subj = f"Report domain: {domain} Submitter: {org} Report-ID: <{rid}>" if i != 1 else f"Report Domain: {domain} Submitter: enterprise.protection.outlook.com Report-ID: {rid}"
    body = multipart("mixed", [plain(f"This is an aggregate report from {org}.\n\nReport domain: {domain}\nSubmitter: {org}\nReport-ID: {rid}\n"), att], boundary(name), "") if i % 2 == 0 else att
    heads = std(name, f"{org} <{email}>" if i != 2 else email, f"dmarc-rua@{domain}", subj, date, host, domain, [("Auto-Submitted", "auto-generated")] if i > 2 else [], n=1)
    emit(name, heads, body)


# SMTP TLS reporting (RFC 8460): multipart/report; report-type=tlsrpt
for i, (sub, host) in enumerate([("google.com", "mail-tlsrpt.google.com"), ("microsoft.com", "mail.protection.outlook.com"), ("mx-report.kestrel.example.net", "mx-report.kestrel.example.net")]):
    domain = ORGS[i + 3]
    name = f"tlsrpt-{sub.split('.')[0]}-{i:02d}.eml"
    rid = f"2026-10-11T00:00:00Z_{domain}"
    js = ('{"organization-name":"%s","date-range":{"start-datetime":"2026-10-11T00:00:00Z","end-datetime":"2026-10-11T23:59:59Z"},'
          '"contact-info":"smtp-tls-reporting@%s","report-id":"%s","policies":[{"policy":{"policy-type":"sts","policy-string":["version: STSv1","mode: enforce","mx: mx1.%s","max_age: 604800"],"policy-domain":"%s"},'
          '"summary":{"total-successful-session-count":%d,"total-failure-session-count":%d},"failure-details":[{"result-type":"certificate-expired","sending-mta-ip":"%s","receiving-mx-hostname":"mx2.%s","failed-session-count":%d}]}]}') % (
        sub, sub, rid, domain, domain, 900 + i * 37, 2 + i, ip(), domain, 2 + i)
    date = when()
    rep = multipart("report", [
        plain(f"This is an aggregate TLS report from {sub}\n"),
        part(f"application/tlsrpt+gzip; name=\"{sub}!{domain}!1791763200!1791849599.json.gz\"", b64bytes(gzipped(js)), "base64",
             f"Content-Disposition: attachment; filename=\"{sub}!{domain}!1791763200!1791849599.json.gz\"")],
        boundary(name), " report-type=\"tlsrpt\";")
    heads = std(name, f"TLS Reporting <noreply-smtp-tls-reporting@{sub}>", f"tlsrpt@{domain}",
                f"Report Domain: {domain} Submitter: {sub} Report-ID: <{rid}>", date, host, domain,
                [("TLS-Report-Domain", domain), ("TLS-Report-Submitter", sub), ("Auto-Submitted", "auto-generated")], n=1)
    emit(name, heads, rep)


# Backup reports
BACKUP = [
    ("bacula", "Bacula: Backup OK of mail01-fd Incremental", "bacula@backup.meridian.example.com",
     "22-Oct 02:14 backup-dir JobId 88121: Start Backup JobId 88121, Job=mail01.2026-10-22_02.00.00_04\n  Build OS:               x86_64-pc-linux-gnu debian 12\n  JobId:                  88121\n  Client:                 \"mail01-fd\"\n  FileSet:                \"Maildirs\"\n  Files Written:          18,223\n  Bytes Written:          2,114,882,011 (2.114 GB)\n  Non-fatal FD errors:    1\n  FD termination status:  OK\n  Termination:            Backup OK -- with warnings\n\n  Warning: Could not stat \"/var/vmail/orchard-coop.example/treasurer/Maildir/new/1791..\": ERR=No such file or directory\n"),
    ("veeam", "[Failed] Mail server nightly (2 VMs) 1 failed", "veeam@backup.harbor-labs.example",
     "Backup job: Mail server nightly\n\nCreated by HARBOR\\backupsvc at 01.03.2026 22:00.\n\n2 of 2 VMs processed\nSuccess 1  Warning 0  Error 1\n\nName      Status   Start time  End time  Details\nmx-01     Success  22:00:12    22:41:05\nmx-02     Failed   22:00:12    22:03:49  Failed to connect to host mx-02: host unreachable. Retry 3 of 3 failed.\n"),
    ("rsnapshot", "rsnapshot daily on archive02: completed with errors", "root@archive02.polaris-it.example.net",
     "----------------------------------------------------------------------------\nrsnapshot encountered an error! The program was invoked with these options:\n/usr/bin/rsnapshot daily\n----------------------------------------------------------------------------\nERROR: /usr/bin/rsync returned 24 while processing root@mx1:/var/vmail/\nWARNING: Some files vanished before they could be transferred (code 24)\n"),
    ("borg", "Borg backup report for mail.orchard-coop.example: success", "borgmatic@mail.orchard-coop.example",
     "Archive name: mail-2026-10-22T03:00:02\nDuration: 4 minutes 12.31 seconds\nNumber of files: 412881\n\n                 Original size  Compressed size  Deduplicated size\nThis archive:         38.21 GB         31.10 GB          204.77 MB\nAll archives:          1.10 TB        905.21 GB           42.18 GB\n\nRepository quota: 48% used.\n"),
]
for i, (kind, subj, frm, text) in enumerate(BACKUP):
    name = f"backup-{kind}-{i:02d}.eml"
    date = when()
    host = frm.split("@")[1]
    heads = std(name, frm, f"backup-reports@{'.'.join(host.split('.')[1:])}", subj, date, host, ".".join(host.split(".")[1:]),
                [("Auto-Submitted", "auto-generated"), ("X-Mailer", "bsmtp") if kind == "bacula" else ("X-Priority", "3")], n=1)
    emit(name, heads, plain(text))


# Mailbox quota warnings from a server: no message failed
QUOTA = [
    ("dovecot", "Mail Delivery System <MAILER-DAEMON@mail.orchard-coop.example>", "Quota warning: your mailbox is 85% full",
     "Your mailbox {addr} is now 85% full (1741 MB of 2048 MB).\n\nPlease delete old messages or empty your Trash and Junk folders.\nWhen the mailbox is full, new mail can no longer be delivered to you.\n", "us-ascii"),
    ("exchange", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@meridian.example.com>", "Your mailbox is almost full.",
     "Your mailbox is almost full.\n\n{addr}\n\n49.1 GB / 50 GB\n\nYou'll soon be unable to send messages. You might want to delete items you don't need, empty your Deleted Items folder, or ask your administrator for more space.\n", "utf-8"),
    ("cpanel", "cPanel on bluefield.example.org <cpanel@bluefield.example.org>", "[bluefield.example.org] The email account \u201c{addr}\u201d is approaching its quota",
     "The email account \u201c{addr}\u201d is using 92.4% of its 1 GB quota.\n\nTo prevent the account from rejecting incoming mail, increase the quota or remove old messages.\n\nThe system generated this notice on {date}.\n\nDo not reply to this automated message.\n", "utf-8"),
    ("zimbra", "Postmaster <postmaster@polaris-it.example.net>", "Quota Warning",
     "Dear user,\n\nyour mailbox {addr} has exceeded 90% of its quota (4.5 GB of 5 GB).\nAn account that has exceeded its quota cannot receive messages until\nspace is freed.\n\nPolaris IT Postmaster\n", "us-ascii"),
    ("plesk", "Plesk <noreply@hosting.stonebridge.example>", "Disk space limit for mailbox is almost reached",
     "The mailbox {addr} has used 2.8 GB of 3 GB (93%).\nThe following folders use the most space:\n  INBOX        1.9 GB\n  Sent         0.6 GB\n  Trash        0.3 GB\n", "us-ascii"),
]
for i, (kind, frm, subj, text, cs) in enumerate(QUOTA):
    name = f"quota-warning-{kind}-{i:02d}.eml"
    dom = frm.split("@")[1].rstrip(">")
    rname, raddr = person(dom if kind != "exchange" else "meridian.example.com")
    date = when()
    heads = [("Return-Path", "<>" if kind in ("dovecot", "exchange") else f"<{frm.split('<')[1].rstrip('>')}>"),
             f"Received: by {dom} (Postfix, from userid 5000)\n\tid 4QqW{i}x; {date}" if kind != "exchange" else
             f"Received: from EX01.meridian.example.com (2001:db8::21) by EX02.meridian.example.com\n (2001:db8::22) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; {date}",
             ("Date", date), ("From", frm), ("To", raddr),
             ("Subject", enc_header(subj.format(addr=raddr), "utf-8") if "\u201c" in subj else subj.format(addr=raddr)),
             ("Message-ID", mid(name, dom)), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]
    if kind == "exchange":
        heads += [("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"), ("Content-Language", "en-US")]
    body = text.format(addr=raddr, date=date)
    emit(name, heads, plain(body, cs, "quoted-printable") if cs != "us-ascii" else plain(body))


# Read receipts (RFC 8098 MDNs) and Outlook read/not-read reports
def mdn(i, disp, subject_prefix, human, ua):
    name = f"mdn-{disp.split()[-1]}-{i:02d}.eml"
    reader = person()
    sender = person()
    date = when()
    osubj = R.choice(["Q3 budget draft", "Contract renewal", "Minutes of the board meeting", "Invoice 4471"])
    omid = mid(name + "orig", sender[1].split("@")[1])
    mdn_part = part("message/disposition-notification",
                    f"Reporting-UA: {reader[1].split('@')[1]}; {ua}\nOriginal-Recipient: rfc822;{reader[1]}\nFinal-Recipient: rfc822;{reader[1]}\nOriginal-Message-ID: {omid}\nDisposition: {disp}\n", cte=None)
    orig = part("text/rfc822-headers", f"From: {sender[0]} <{sender[1]}>\nTo: {reader[0]} <{reader[1]}>\nSubject: {osubj}\nDate: {when()}\nMessage-ID: {omid}\nDisposition-Notification-To: {sender[1]}\n", cte=None)
    body = multipart("report", [plain(human.format(reader=reader[0], addr=reader[1], subj=osubj, date=date)), mdn_part, orig], boundary(name), " report-type=disposition-notification;")
    heads = std(name, f"{reader[0]} <{reader[1]}>", f"{sender[0]} <{sender[1]}>", f"{subject_prefix}{osubj}", date,
                reader[1].split("@")[1], sender[1].split("@")[1], [("In-Reply-To", omid), ("X-Mailer", ua)])
    emit(name, heads, body)


mdn(0, "manual-action/MDN-sent-manually; displayed", "Read: ", "The message\n\n  Subject: {subj}\n\nwas displayed on {date}.\n\nNote: this does not mean the message was read or understood.\n", "Thunderbird 128.3.0")
mdn(1, "automatic-action/MDN-sent-automatically; displayed", "Read: ", "Your message\n\n  To: {reader}\n  Subject: {subj}\n\nwas read on {date}.\n", "Microsoft Outlook 16.0")
mdn(2, "manual-action/MDN-sent-automatically; deleted", "Not read: ", "Your message\n\n  To: {reader}\n  Subject: {subj}\n\nwas deleted without being read on {date}.\n", "Microsoft Outlook 16.0")
mdn(3, "automatic-action/MDN-sent-automatically; displayed", "Return Receipt (displayed) - ", "This is a Return Receipt for the mail that you sent to {addr}.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n", "Roundcube Webmail")
mdn(4, "manual-action/MDN-sent-manually; displayed", "Gelesen: ", "Ihre Nachricht wurde am {date} gelesen.\n", "Mozilla Thunderbird")


# Spam and adverts with a notice-like display name
SPAM = [
    ("Mail Delivery Subsystem", "promo@best-deals-now.example", "You have (1) pending reward",
     "Congratulations!\n\nYou have been selected to receive an exclusive reward worth $500.\nClaim it within 24 hours: http://best-deals-now.example/claim\n\nTo stop receiving these offers reply STOP.\n"),
    ("Postmaster", "offers@cheap-pharma.example", "Limited offer for {first}",
     "Best prices on all products, fast and discreet shipping.\nOrder now at http://cheap-pharma.example\n"),
    ("MAILER-DAEMON", "news@crypto-gains.example", "Turn 100 into 10000 in a week",
     "Our trading bot made 9,812% last month. Join 40,000 happy investors.\nhttp://crypto-gains.example/join\n"),
    ("Mail Administrator", "info@seo-rank-boost.example", "Your website is not on page 1",
     "Hello,\n\nI was checking your website and noticed it does not rank for important\nkeywords. We can bring you to the first page of search results in 30 days.\n\nBest regards,\nSEO team\n"),
    ("Mail Delivery System", "sales@led-factory.example", "LED panels factory direct - quotation",
     "Dear purchasing manager,\n\nwe are a professional LED panel factory with 15 years experience.\nCE/RoHS certified, MOQ 100 pcs, delivery 15 days.\nReply for our catalogue and price list.\n\nBest regards\nMs. Lily\n"),
    ("System Administrator", "it-newsletter@cloud-offers.example", "Upgrade your email storage today - 70% off",
     "Running out of mailbox space? Get 1 TB of email storage for only $1.99/month.\nNo more \"mailbox full\" messages! http://cloud-offers.example/storage\n"),
]
for i, (dname, frm, subj, text) in enumerate(SPAM):
    name = f"spam-displayname-{dname.lower().replace(' ', '-')}-{i:02d}.eml"
    rname, raddr = person()
    date = when()
    heads = std(name, f"\"{dname}\" <{frm}>", raddr, subj.format(first=rname.split()[0]), date, f"host-{ip().replace('.', '-')}.dynamic.example.net", raddr.split("@")[1],
                [("X-Spam-Flag", "YES"), ("X-Spam-Status", f"Yes, score=8.{i} required=5.0 tests=BAYES_99,FROM_DISPLAY_NAME_MISMATCH,URIBL_BLACK"),
                 ("X-Mailer", R.choice(["Microsoft Outlook Express 6.00.2900.2180", "Foxmail 7.2", "The Bat! (v4.0.24)"]))], n=1)
    emit(name, heads, alt(name, text.format(first=rname.split()[0]), html_of(text.format(first=rname.split()[0]))) if i % 2 else plain(text))


# Phishing that imitates a notice in prose only (no DSN part, no returned message)
PHISH = [
    ("Mail Delivery Subsystem", "Undelivered Mail Returned to Sender", "no-reply@mail-secure-check.example",
     "Message delivery failure notification for {addr}\n\n4 incoming messages could not be delivered to your inbox because of a\nsynchronization error on {date}.\n\nThe messages are held on our server. Release them now:\n\nhttp://mail-secure-check.example/release?u={addr}\n\nMessages not released within 48 hours will be deleted.\n\nMail Delivery Subsystem (c) 2026\n"),
    ("Email Administrator", "Mailbox quota exceeded - action required", "admin@webmail-support.example",
     "Dear {addr},\n\nYour mailbox has exceeded the storage limit (2 GB). You may not be able\nto send or receive new messages until you re-validate your mailbox.\n\nTo re-validate, click: http://webmail-support.example/validate\n\nFailure to do so within 24 hours will result in your account being\nsuspended.\n\nSystem Administrator\n"),
    ("Postmaster", "Delivery Status Notification: message could not be delivered", "postmaster@outlook-verify.example",
     "Hello,\n\nA message you sent could not be delivered to one or more recipients\nbecause your email password has expired. Update your password to\nresend the pending messages:\n\nhttp://outlook-verify.example/resend\n\nThis is an automatically generated message.\n"),
    ("IT Helpdesk", "Your e-mail account will be deactivated", "helpdesk@univ-lakeside-mail.example",
     "Attention: Your e-mail account {addr} has been flagged for deactivation\nbecause of inactivity. Messages sent to you are being rejected.\n\nConfirm your account here to keep it active:\nhttp://univ-lakeside-mail.example/keep\n\nIT Helpdesk\n"),
    ("Microsoft Outlook", "Undeliverable: 3 pending messages", "noreply@microsoft-mailbox.example",
     "Microsoft\n\nDelivery has failed for 3 messages addressed to {addr}.\n\nYou have 3 pending incoming emails.\n\nREVIEW MESSAGES <http://microsoft-mailbox.example/review>\n\nThis email was sent to {addr}\nMicrosoft Corporation\n"),
    ("Mail Delivery System", "Returned mail: Sign-in required", "mailer@secure-notify.example",
     "Your recent message was returned because your mailbox could not be\nverified. Sign in to restore delivery: http://secure-notify.example/login\n"),
]
for i, (dname, subj, frm, text) in enumerate(PHISH):
    name = f"phish-ndr-prose-{i:02d}.eml"
    rname, raddr = person(R.choice(ORGS[:6]))
    date = when()
    body = text.format(addr=raddr, date=date)
    heads = std(name, f"{dname} <{frm}>", raddr, subj, date, f"vps{R.randint(100, 999)}.hosting.example", raddr.split("@")[1],
                [("X-Spam-Status", "No, score=3.1 required=5.0"), ("Reply-To", frm)], n=1)
    emit(name, heads, alt(name, body, html_of(body)) if i % 2 == 0 else plain(body))


# ---------------------------------------------------------------- human replies that only look like auto-replies

HUMAN = [
    ("Re: Out of office", """Thanks for the heads-up, enjoy the holiday! I will cover the supplier
calls while you are away.

{me}

-----Original Message-----
From: {them}
Sent: {qdate}
To: Team
Subject: Out of office

Hi team, I will be out of the office from 12 to 23 October. {me_first}
covers the supplier calls.
"""),
    ("Re: Automatic reply: Q3 numbers", """Hi {them_first},

I know you are away - no rush, this is just so it is in your inbox
when you are back. The Q3 numbers are attached to the original mail.

{me}

> Automatic reply: Q3 numbers
> I am out of the office until Monday 19 October with limited access to
> email. For urgent matters please contact finance@meridian.example.com.
"""),
    ("Sorry for the late answer", """Hi {them_first},

sorry for the late answer, I was out of the office last week and am
still catching up with my inbox. Yes, Thursday works for me.

{me}
"""),
    ("Re: Away until Monday", """> I'm away until Monday, call me if it burns.

Nothing burns :) Have a good weekend.

{me}
"""),
    ("Out of office: who covers what in December", """Hi all,

to plan the holidays, please add your out-of-office days to the shared
calendar by Friday. Each of us needs a named backup for the support
queue. No automatic replies on the support@ address, please.

Thanks,
{me}
"""),
    ("Fw: Automatic reply: Your order 20451", """Hi {them_first},

we keep getting this automatic reply from the customer below for every
order confirmation. Can you check if the address is still right?

{me}

---------- Forwarded message ---------
From: Warehouse North <warehouse@stonebridge.example>
Date: {qdate}
Subject: Automatic reply: Your order 20451
To: orders@meridian.example.com

Thank you for your message. I am on leave until 2 November and will not
read my email. Your message has not been forwarded.
"""),
    ("Re: I'm on vacation - really?", """Ha, yes, really! First proper holiday in two years. I left the laptop
at home on purpose, so if you get a reply from me before the 20th, it is
not me :)

{me}
"""),
    ("Re: Your message to the board could not be delivered", """Hi {them_first},

no worries, it was not you: the board@ alias was broken for a day after
the server move. Your message did arrive later, we all have it now.

{me}

On {qdate}, {them} wrote:
> My message to board@ came back with "could not be delivered". Did any
> of you get it?
"""),
    ("Re: Re: Auto-reply on the sales alias", """I turned the auto-reply off. It was left over from the trade fair.

{me}

> Every mail to sales@ gets an "Auto-Reply: we are at the fair" answer.
> The fair ended a month ago...
"""),
    ("Holiday photos", """Hi {them_first},

back from two weeks of being out of the office and offline - here are
the photos from the coast I promised. The third one is the lighthouse.

{me}
"""),
]

for i, (subj, text) in enumerate(HUMAN):
    name = f"human-reply-autolike-{i:02d}.eml"
    me = person("meridian.example.com")
    them = person()
    date = when()
    body = text.format(me=me[0], me_first=me[0].split()[0], them=f"{them[0]} <{them[1]}>", them_first=them[0].split()[0], qdate=when())
    extra = [("X-Mailer", R.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171.1.1)", "Mozilla Thunderbird"])),
             ("Thread-Topic", subj.split(": ", 1)[-1]), ("In-Reply-To", mid(name + "p", them[1].split("@")[1]))] if subj.startswith("Re:") else \
            [("User-Agent", R.choice(["Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0", "Roundcube Webmail/1.6.9"]))]
    heads = std(name, f"{me[0]} <{me[1]}>", f"{them[0]} <{them[1]}>", subj, date, "mail.meridian.example.com", them[1].split("@")[1], extra)
    emit(name, heads, plain(body, "utf-8", "quoted-printable") if i % 2 else plain(body))


# A list joke: a subject that reads like an auto-reply, posted by a person
mailman2(20, "sysadmins", "lists.univ-lakeside.example.edu", "Bob is out of the office (and so is the coffee machine)",
         "Friends,\n\nthe coffee machine on floor 2 is out of the office until further notice.\nBob, who knows how to descale it, is also out of the office. Coincidence?\n\nBring your own thermos.\n-- \nMarta, floor 2 kitchen committee", "marta.k@univ-lakeside.example.edu", "Marta Kowalski")
mailman2(21, "mailop", "list.mailop.example.org", "Auto-reply storms: a small survey",
         "Hi,\n\nhow many of you still see auto-reply storms between two vacation\nresponders? We had one last month: 14,000 \"I am out of the office\"\nmessages between two companies in one night. Do you rate-limit\nresponders per sender (like Sieve's :days) or block loops by header?\n\nThanks,\nKim", "kim@polaris-it.example.net", "Kim Lindqvist")


# ---------------------------------------------------------------- other languages and charsets

LANG = [
    ("zh-gb2312", "gb2312", "b", "关于退信的问题", "张伟", "zhangwei@harbor-labs.example",
     "李经理：\n\n您好！昨天我发给客户的报价单被退信了，系统提示对方邮箱已满。\n我今天早上又重新发了一次，这次没有退回。请问以后遇到这种情况，\n是应该等一天再发，还是直接打电话通知客户？\n\n谢谢！\n张伟\n"),
    ("zh-gbk", "gbk", "b", "下周不在办公室", "王芳", "wangfang@orchard-coop.example",
     "各位同事：\n\n我下周一到周三出差，不在办公室，期间邮件可能回复较慢。\n紧急事项请联系陈主管（电话分机 8021）。\n\n王芳\n"),
    ("zh-gb18030", "gb18030", "b", "Re: 邮箱容量不够怎么办", "刘洋", "liuyang@kestrel.example.net",
     "你好，\n\n公司邮箱默认是 2G，满了以后别人给你发的邮件会被退回。\n可以把旧邮件归档到本地，或者找 IT 申请扩容到 5G。\n\n> 我的邮箱老是提示空间不足，收不到邮件。\n\n刘洋\n"),
    ("zh-gb2312-2", "gb2312", "b", "通知：邮件系统升级", "信息中心", "it@univ-lakeside.example.edu",
     "各位老师、同学：\n\n学校邮件系统将于本周六 22:00 至 24:00 升级。升级期间发送的邮件\n可能延迟送达，但不会丢失，也不会退信。如升级后收到退回邮件，\n请把退信内容转发给信息中心。\n\n信息中心\n"),
    ("ja-iso2022jp", "iso-2022-jp", "7bit", "メール不達の件", "田中 裕子", "tanaka@meridian.example.com",
     "鈴木様\n\nいつもお世話になっております。\n先日お送りしたメールが宛先不明で戻ってきてしまいました。\nお手数ですが、新しいメールアドレスを教えていただけますでしょうか。\n\n田中\n"),
    ("ja-iso2022jp-2", "iso-2022-jp", "7bit", "来週の不在について", "佐藤 健", "sato@stonebridge.example",
     "皆様\n\n来週月曜日から水曜日まで出張のため不在にしております。\nメールの返信が遅れる場合がございますので、ご了承ください。\n急ぎの件は山本までお願いいたします。\n\n佐藤\n"),
    ("ja-shiftjis", "shift_jis", "b", "Re: 容量オーバーについて", "中村 さくら", "nakamura@acme-tools.example",
     "山田さん\n\nメールボックスの容量オーバーでメールが受信できない件、\n古いメールを削除したら直りました。ありがとうございました。\n\n中村\n"),
    ("de-latin1", "iso-8859-1", "quoted-printable", "Re: Abwesenheitsnotiz vergessen?", "Jürgen Müller", "juergen.mueller@northwind.example",
     "Hallo Frau Schäfer,\n\nja, ich war letzte Woche nicht im Büro und hatte die Abwesenheitsnotiz\nvergessen. Entschuldigung! Ihre Mail wegen der Lieferung ist angekommen,\nich melde mich morgen.\n\nMit freundlichen Grüßen\nJürgen Müller\n"),
    ("de-utf8", "utf-8", "quoted-printable", "Unzustellbare E-Mails an die alte Adresse", "Sabine Groß", "sabine.gross@meridian.example.com",
     "Liebe Kolleginnen und Kollegen,\n\nseit der Umstellung sind E-Mails an die alte Adresse @meridian-alt.example\nunzustellbar. Bitte informieren Sie Ihre Kontakte über die neue Adresse.\nFalls Kunden berichten, dass ihre Nachricht zurückkam, leiten Sie die\nRückmeldung bitte an die IT weiter.\n\nViele Grüße\nSabine Groß\n"),
    ("fr-latin1", "iso-8859-1", "quoted-printable", "Re: Absent du bureau", "Hélène Durand", "helene.durand@northwind.example",
     "Bonjour Marc,\n\nmerci, bonnes vacances ! Je serai moi aussi absente du bureau la semaine\nprochaine, donc on se reparle début novembre.\n\n> Je suis absent du bureau du 20 au 27 octobre.\n\nBien cordialement,\nHélène\n"),
    ("fr-utf8", "utf-8", "base64", "Message non remis : que faire ?", "François Lefèvre", "f.lefevre@orchard-coop.example",
     "Bonjour à tous,\n\nplusieurs adhérents me disent que leurs messages à la coopérative ne\nsont pas remis (« boîte pleine »). Notre boîte de contact dépasse son\nquota ; je fais le ménage ce soir. Merci de renvoyer vos messages demain.\n\nFrançois\n"),
    ("es-latin1", "iso-8859-1", "quoted-printable", "Re: Fuera de la oficina la próxima semana", "José Martínez", "jose.martinez@acme-tools.example",
     "Hola Ana,\n\nperfecto, gracias por avisar. Yo me encargo de los pedidos mientras estás\nfuera de la oficina. ¡Disfruta!\n\n> Estaré fuera de la oficina del 3 al 7 de noviembre.\n\nUn saludo,\nJosé\n"),
    ("es-utf8", "utf-8", "quoted-printable", "El correo me rebotó", "Lucía Fernández", "lucia.fernandez@bluefield.example.org",
     "Hola Pablo,\n\nte escribí ayer a la dirección antigua y el correo me rebotó con un\nmensaje de \"usuario desconocido\". ¿Me confirmas tu dirección nueva?\n\nGracias,\nLucía\n"),
    ("ru-koi8r", "koi8-r", "b", "Письмо не доставлено?", "Ольга Иванова", "olga.ivanova@kestrel.example.net",
     "Добрый день, Сергей!\n\nвчера отправила вам договор, но пришло уведомление, что письмо не\nдоставлено: ящик переполнен. Отправила повторно сегодня утром.\nПодтвердите, пожалуйста, получение.\n\nС уважением,\nОльга\n"),
    ("ru-cp1251", "windows-1251", "b", "Re: Я в отпуске", "Дмитрий Петров", "d.petrov@polaris-it.example.net",
     "Привет!\n\nда, я был в отпуске две недели, только вернулся. Автоответ забыл\nвключить, извини. Документы посмотрю сегодня.\n\nДмитрий\n"),
    ("ko-euckr", "euc-kr", "b", "메일 반송 문의", "김민수", "minsu.kim@harbor-labs.example",
     "안녕하세요,\n\n어제 보낸 메일이 반송되었다고 합니다. 수신자 메일함 용량 초과라고\n나오는데, 다시 보내 드리겠습니다.\n\n김민수 드림\n"),
]

for i, (tag, cs, cte, subj, fname, faddr, text) in enumerate(LANG):
    name = f"lang-{tag}.eml"
    to = person()
    date = when()
    subj_enc = enc_header(subj, cs if cs != "shift_jis" else "iso-2022-jp")
    if cs == "iso-2022-jp":
        body = part("text/plain; charset=ISO-2022-JP", text.encode("iso2022_jp").decode("ascii"), "7bit")
    elif cte == "quoted-printable":
        body = part(f"text/plain; charset={cs}", qp(text, cs), "quoted-printable")
    else:
        body = part(f"text/plain; charset={cs.upper() if cs != 'gb2312' else 'gb2312'}", b64(text, cs), "base64")
    frm = f"{enc_header(fname, cs if cs not in ('shift_jis',) else 'iso-2022-jp')} <{faddr}>"
    extra = [("X-Mailer", R.choice(["Foxmail 7.2.25.228[cn]", "Microsoft Outlook 16.0", "Becky! ver. 2.81.04", "Mozilla Thunderbird"]))]
    if subj.startswith("Re:"):
        extra.append(("In-Reply-To", mid(name + "p", "example.com")))
    heads = std(name, frm, f"{to[0]} <{to[1]}>", subj_enc, date, faddr.split("@")[1], to[1].split("@")[1], extra)
    emit(name, heads, body)


# ---------------------------------------------------------------- old clients, banners, uuencode, forwards

def uuencode(fname, data, mode="644"):
    lines = [f"begin {mode} {fname}"]
    for k in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[k:k + 45]).decode().rstrip("\n"))
    lines += ["`", "end"]
    return "\n".join(lines)


def blob(seed, n):
    out = b""
    k = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{k}".encode()).digest()
        k += 1
    return out[:n]


IMS = [
    ("Staff list for the Christmas party", """All,

below is the list of who has signed up so far. If your name is missing,
reply to me before Friday.

  Anna Adler          anna.adler@stonebridge.example
  Brian Baptiste      brian.baptiste@stonebridge.example
  Carla Chen          carla.chen@stonebridge.example
  Dmitri Dubois       dmitri.dubois@stonebridge.example
  Elena Eriksen       elena.eriksen@stonebridge.example

Regards,
{me}
"""),
    ("RE: Unsubscribe requests", """Please remove these addresses from the customer newsletter, they asked
to unsubscribe by phone:

  orders@kestrel.example.net
  j.smith@bluefield.example.org
  info@tiny.example

To unsubscribe yourself send a blank message to leave-news@stonebridge.example.

{me}
"""),
    ("Minutes: IT steering group", """Minutes of the IT steering group, 14 October

1. Exchange upgrade: postponed to Q1. The Internet Mail Service stays on
   5.5 until then.
2. Mailbox limits: 200 MB per user remains; managers 500 MB. Users over
   the limit get a warning, nothing is returned.
3. Next meeting: 11 November.

{me}
"""),
    ("RE: Can't send to the new supplier", """Hi {them_first},

I tried again from my side and it went through this time; the error
yesterday was on their end (their server was down for maintenance). If it
happens again, send me the complete error message.

{me}

-----Original Message-----
From: {them}
Sent: {qdate}
To: IT Support
Subject: Can't send to the new supplier

When I write to sales@supplier.example I get an error saying the
recipient could not be reached. What should I do?
"""),
]

for i, (subj, text) in enumerate(IMS):
    name = f"oldclient-ims55-{i:02d}.eml"
    me = person("stonebridge.example")
    them = person("stonebridge.example")
    date = when()
    body = text.format(me=me[0], them=f"{them[0]} [SMTP:{them[1]}]", them_first=them[0].split()[0], qdate=when())
    rcvd = (f"Received: from exchange.stonebridge.example ([{ip()}])\n\tby mx.example.org (8.12.11/8.12.11) with ESMTP id i9E{i}2kLs0{i}2211\n\tfor <{them[1]}>; {date}\n"
            f"Received: by exchange.stonebridge.example with Internet Mail Service (5.5.2657.72)\n\tid <{hashlib.md5(name.encode()).hexdigest()[:8].upper()}>; {date}")
    heads = [("Return-Path", f"<{me[1]}>"), rcvd, ("Message-ID", f"<{hashlib.md5(name.encode()).hexdigest()[:20].upper()}@exchange.stonebridge.example>"),
             ("From", f"{me[0]} <{me[1]}>"), ("To", f"'{them[0]}' <{them[1]}>" if i != 0 else "Staff <staff@stonebridge.example>"),
             ("Subject", subj), ("Date", date), ("X-Mailer", "Internet Mail Service (5.5.2657.72)")]
    emit(name, heads, part("text/plain;\n\tcharset=\"iso-8859-1\"", text_ := body, None))

# Lotus Notes: a person mentions "Lotus Notes"; one carries a uuencoded attachment in the body
NOTES = [
    ("Re: Migration from Lotus Notes", """Hi {them_first},

we are still on Lotus Notes 8.5 here; the migration to the new mail system
is planned for spring. Until then please send large files via the
transfer portal, Notes rejects attachments over 20 MB.

Best regards
{me}"""),
    ("Drawing rev C", """Hello,

attached the drawing rev C as requested (my Lotus Notes client can only
send it this way).

{me}

""" + uuencode("DRAWC.ZIP", blob("drawc", 1800))),
    ("Weekly report", """Team,

weekly report attached.

{me}

""" + uuencode("report.xls", blob("weekly", 1200), "666")),
]
for i, (subj, text) in enumerate(NOTES):
    name = f"oldclient-lotusnotes-{i:02d}.eml"
    me = person("northwind.example")
    them = person()
    date = when()
    body = text.format(me=me[0], them_first=them[0].split()[0])
    heads = [("Return-Path", f"<{me[1]}>"),
             f"Received: from notes01.northwind.example ([{ip()}])\n\tby mx.{them[1].split('@')[1]} (Postfix) with ESMTP id 9A{i}B2C3D4\n\tfor <{them[1]}>; {date}",
             ("To", them[1]), ("Subject", subj), ("From", f"{me[0]} <{me[1]}>"), ("Date", date),
             ("Message-ID", f"<OF{hashlib.md5(name.encode()).hexdigest()[:8].upper()}.{hashlib.sha1(name.encode()).hexdigest()[:8].upper()}-ON{hashlib.md5(name.encode()).hexdigest()[8:16].upper()}@northwind.example>"),
             ("X-Mailer", "Lotus Notes Release 8.5.3FP6 November 21, 2013"),
             ("X-MIMETrack", f"Serialize by Router on NOTES01/NORTHWIND(Release 8.5.3FP6|November 21, 2013) at\n 10/14/2026 09:12:{10 + i:02d} AM")]
    emit(name, heads, part("text/plain; charset=US-ASCII", body, "7bit"))

# GroupWise
for i, (subj, text) in enumerate([
    ("Fwd: Room booking", "FYI - the room booking system sent me this twice. Delivery of the\nconfirmation to the caterer failed on their side, I phoned them.\n\n{me}\n\n>>> Facilities <facilities@univ-lakeside.example.edu> 10/13/2026 3:12 PM >>>\nRoom 2.08 is booked for you on 20 October, 10:00-12:00.\n"),
    ("Re: exam schedule", "Thanks. I will be out of the office on the 24th but can invigilate on\nthe 25th.\n\n>>> {them} 10/12/2026 11:02 AM >>>\nCan you invigilate on the 24th or 25th?\n"),
]):
    name = f"oldclient-groupwise-{i:02d}.eml"
    me = person("univ-lakeside.example.edu")
    them = person("univ-lakeside.example.edu")
    date = when()
    body = text.format(me=me[0], them=f"\"{them[0]}\" <{them[1]}>")
    heads = [("Return-Path", f"<{me[1]}>"),
             f"Received: from gwia.univ-lakeside.example.edu ([{ip()}])\n\tby smtp.univ-lakeside.example.edu with ESMTP; {date}",
             f"Received: from GWDOM-MTA by gwia.univ-lakeside.example.edu\n\twith Novell_GroupWise; {date}",
             ("Message-Id", f"<{hashlib.md5(name.encode()).hexdigest()[:16].upper()}@gwia.univ-lakeside.example.edu>"),
             ("X-Mailer", "Novell GroupWise Internet Agent 8.0.3"), ("Date", date), ("From", f"\"{me[0]}\" <{me[1]}>"),
             ("To", f"\"{them[0]}\" <{them[1]}>"), ("Subject", subj)]
    emit(name, heads, part("text/plain; charset=US-ASCII", body, "7bit", "Content-Disposition: inline"))

# Outlook Express / old Eudora
for i, (subj, text, xm) in enumerate([
    ("Re: photos from the wedding", "Hi,\n\nthe photos are too big to send, my mail always comes back saying the\nmessage is too large. I will burn them on a CD and post it.\n\nLove, Mum\n", "Microsoft Outlook Express 6.00.2900.5512"),
    ("club newsletter October", "Dear members,\n\nplease find the October newsletter below. Members who do not want it\nby email any more, please tell me and I will take you off the list.\n\nChess club: Tuesdays 19:30. Bridge: Thursdays 19:00.\n\nYours,\nHarold (secretary)\n", "Microsoft Outlook Express 6.00.2800.1106"),
    ("Re: my email address has changed", "Got it, updated my address book. The old one bounced anyway :)\n\nPeter\n", "QUALCOMM Windows Eudora Version 7.1.0.9"),
]):
    name = f"oldclient-oe-{i:02d}.eml"
    me = person("bluefield.example.org")
    them = person()
    date = when()
    heads = std(name, f"\"{me[0]}\" <{me[1]}>", f"\"{them[0]}\" <{them[1]}>", subj, date, "smtp.bluefield.example.org", them[1].split("@")[1],
                [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", xm), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")] if "Outlook" in xm else [("X-Mailer", xm)])
    emit(name, heads, part("text/plain;\n\tcharset=\"iso-8859-1\"", text, "7bit"))

# uuencoded attachments in ordinary mail (more)
for i in range(3):
    name = f"uuencoded-attachment-{i:02d}.eml"
    me = person()
    them = person()
    date = when()
    fname = ["invoice.pdf", "logo.gif", "data.tar.gz"][i]
    body = f"Here is the {fname.split('.')[0]} you asked for.\n\n{me[0]}\n\n" + uuencode(fname, blob(name, 900 + i * 700)) + "\n"
    heads = std(name, f"{me[0]} <{me[1]}>", them[1], f"{fname}", date, me[1].split("@")[1], them[1].split("@")[1],
                [("X-Mailer", R.choice(["Pegasus Mail for Windows (4.73)", "Forte Agent 1.93/32.576", "mutt 1.5.21"]))])
    emit(name, heads, part("text/plain; charset=us-ascii", body, "7bit"))


# Forwarded ordinary mail as message/rfc822 attachments
FWD = [
    ("FW: Supplier price list 2027", "Please have a look at the attached mail from the supplier.", "Price list 2027",
     "Dear customer,\n\nplease find our price list for 2027 below. Prices are valid from 1 January.\n\nBest regards\nSales\n"),
    ("Fwd: Invitation to tender", "Forwarding, as discussed. Deadline is the 30th.", "Invitation to tender: office cleaning",
     "We invite you to submit an offer for office cleaning services. Documents at https://tender.example.org/2211.\n"),
    ("FW: Complaint about delivery", "Customer complaint below - the parcel delivery failed twice. Can logistics call them?", "Complaint about delivery",
     "Hello,\n\nyour carrier tried to deliver twice while I was at home; the delivery attempt failed because the driver did not ring. Please arrange a new delivery.\n\nRegards\n"),
    ("Fwd: Mailbox full? (from my mum)", "My mum says her mailbox is full and she cannot get mail. Can you call her?", "help",
     "My email says the mailbox is almost full. I do not know what to delete. Can you help me at the weekend?\n\nMum\n"),
    ("FW: Out of Office announcement from HR", "FYI, see HR's note below on the new out-of-office policy.", "New out-of-office policy",
     "Dear colleagues,\n\nfrom 1 November please set an automatic reply whenever you are away more than one day, naming a deputy.\n\nHR\n"),
]
for i, (subj, note, osubj, obody) in enumerate(FWD):
    name = f"forward-rfc822-{i:02d}.eml"
    me = person("meridian.example.com")
    them = person("meridian.example.com")
    orig_from = person()
    odate = when()
    inner = (f"Return-Path: <{orig_from[1]}>\nReceived: from {orig_from[1].split('@')[1]} ([{ip()}])\n\tby mx1.meridian.example.com (Postfix) with ESMTPS id 4R{i}AbCd\n\tfor <{me[1]}>; {odate}\n"
             f"Date: {odate}\nFrom: {orig_from[0]} <{orig_from[1]}>\nTo: {me[0]} <{me[1]}>\nSubject: {osubj}\nMessage-ID: {mid(name + 'inner', orig_from[1].split('@')[1])}\n"
             f"MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n{obody}")
    date = when()
    body = multipart("mixed", [plain(f"{note}\n\n{me[0]}\n"),
                               part("message/rfc822", inner, cte=None, extra=f"Content-Disposition: attachment; filename=\"{osubj}.eml\"")],
                     boundary(name), "")
    heads = std(name, f"{me[0]} <{me[1]}>", f"{them[0]} <{them[1]}>", subj, date, "mail.meridian.example.com", "meridian.example.com",
                [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", osubj)])
    emit(name, heads, body)


# ---------------------------------------------------------------- helpdesk mail: tickets that talk about bounces

HELPDESK = [
    ("zendesk", "support@kestrel.example.net", "[Kestrel Support] Re: Emails to my customers bounce back (#48812)",
     """##- Please type your reply above this line -##

Your request (48812) has been updated. To add additional comments, reply to this email.

{agent} (Kestrel Support)

Hi {cust_first},

thanks for the screenshot. The error your customers get,

  "550 5.7.1 Service unavailable; client host [203.0.113.88] blocked"

means the receiving side refuses your sending IP. We have moved your
account to a different IP pool; please try again and let us know.

{cust} 

Hello, since yesterday all my emails to one customer bounce back.
What can I do?

--------------------------------
This email is a service from Kestrel Support.
[V9K2-PQ8R]"""),
    ("otrs", "helpdesk@polaris-it.example.net", "[Ticket#2026101410000123] RE: mailbox full?",
     """Dear {cust_first},

your mailbox had reached its limit of 5 GB, which is why senders got a
"mailbox full" reply yesterday. We have increased it to 10 GB. Mail sent
to you since then is being delivered normally.

Kind regards
{agent}
Polaris IT Service Desk

14.10.2026 08:12 - {cust} wrote:

> People tell me their mails to me come back. Is my mailbox full?"""),
    ("rt", "rt@rt.univ-lakeside.example.edu", "[rt.univ-lakeside #99812] Resolved: user unknown when writing to alumni address",
     """According to our records, your request has been resolved. If you have any
further questions or concerns, please respond to this message.

-------------------------------------------------------------------------
Summary: user unknown when writing to alumni address
Requestor: {cust_addr}

The alumni forwarding for your old address expired after five years,
which is why senders got "user unknown". We have renewed it for another
five years. Ticket closed."""),
    ("freshdesk", "support@acme-tools.example", "Re: Ticket #5521 - I was out of the office",
     """Hi {cust_first},

no problem at all, welcome back! Your replacement part has shipped, the
tracking number is PN77210331.

Best,
{agent}
Acme Tools Customer Care

On {qdate}, {cust} wrote:
> Sorry for not answering, I was out of the office for two weeks.
> Is the replacement part on its way?"""),
    ("internal", "it-support@meridian.example.com", "How to read an \"Undeliverable\" message",
     """Dear colleagues,

several of you asked what to do when Outlook shows an "Undeliverable"
message. In short:

  * "The email address couldn't be found" - check the spelling.
  * "The recipient's mailbox is full" - try again tomorrow or phone them.
  * "Your message wasn't delivered because the recipient's email provider
    rejected it" - forward it to it-support@ and we will look.

Thank you,
IT Support"""),
    ("zendesk", "support@kestrel.example.net", "[Kestrel Support] Your request (48900) has been received and is being reviewed",
     """##- Please type your reply above this line -##

{cust_first}, we have received your message about delivery failures for
invoices to a customer and will reply within one business day.

Your request:
> Invoices sent from the portal do not reach customer@tiny.example.
> We see "delivery failed" in the portal log. Please check.

--------------------------------
Kestrel Support"""),
]
for i, (kind, frm, subj, text) in enumerate(HELPDESK):
    name = f"helpdesk-{kind}-{i:02d}.eml"
    agent = person(frm.split("@")[1])[0]
    cust = person()
    date = when()
    body = text.format(agent=agent, cust=f"{cust[0]} <{cust[1]}>", cust_first=cust[0].split()[0], cust_addr=cust[1], qdate=when())
    extra = [("Reply-To", frm)]
    if kind == "zendesk":
        extra += [("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "a1b2c3")]
    elif kind == "otrs":
        extra += [("X-Mailer", "OTRS Mail Service"), ("X-Powered-By", "OTRS - Open Ticket Request System (https://otrs.example)")]
    elif kind == "rt":
        extra += [("RT-Ticket", "rt.univ-lakeside #99812"), ("Managed-BY", "RT 5.0.5 (http://www.bestpractical.example/rt/)"), ("RT-Originator", "helpdesk@univ-lakeside.example.edu")]
    heads = std(name, f"{'IT Support' if kind == 'internal' else agent} <{frm}>", f"{cust[0]} <{cust[1]}>" if kind != "internal" else "All staff <all-staff@meridian.example.com>",
                subj, date, "mail." + frm.split("@")[1], cust[1].split("@")[1], extra, n=1)
    emit(name, heads, alt(name, body, html_of(body)) if i % 2 else plain(body, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- other machine mail: fax, voicemail, SMS gateway, scanner

FAXES = [
    ("fax-report-failed", "Fax Server <faxserver@northwind.example>", "Fax transmission failed: +49 30 5550 1234",
     "Fax transmission report\n\nJob ID:       4417\nDestination:  +49 30 5550 1234\nPages:        3\nStatus:       FAILED - no answer (busy), 3 attempts\nSubmitted by: {addr}\n\nThe fax was not delivered. Resubmit it from the web interface.\n"),
    ("fax-report-ok", "Fax Server <faxserver@northwind.example>", "Fax delivered: +49 30 5550 9876",
     "Fax transmission report\n\nJob ID:       4418\nDestination:  +49 30 5550 9876\nPages:        2\nStatus:       OK, delivered at {date}\n"),
    ("voicemail", "Phone System <pbx@meridian.example.com>", "New voicemail from +1 555 0100 (0:42)",
     "You received a voicemail in mailbox 2204 from +1 555 0100 at {date}.\nDuration: 0:42. The recording is attached.\n\nYour mailbox is 80% full. Delete old messages to avoid missing new ones.\n"),
    ("sms-gateway", "SMS Gateway <sms@gw.harbor-labs.example>", "SMS delivery report: 2 delivered, 1 failed",
     "Campaign: maintenance-window\n\n+44 7700 900123  DELIVERED\n+44 7700 900456  DELIVERED\n+44 7700 900789  FAILED (unknown subscriber)\n"),
    ("scanner", "Scanner Floor 2 <scanner-f2@meridian.example.com>", "Scanned document from MFP-F2",
     "Please find attached the scanned document.\n\nDevice: MFP-F2 (Room 2.11)\nPages: 4\n\nIf the scan could not be attached because it was too large, it was\nsaved to \\\\fileserver\\scans instead.\n"),
]
for i, (kind, frm, subj, text) in enumerate(FAXES):
    name = f"machine-{kind}-{i:02d}.eml"
    rname, raddr = person("meridian.example.com" if "meridian" in frm else frm.split("@")[1].rstrip(">"))
    date = when()
    body_t = text.format(addr=raddr, date=date)
    host = frm.split("@")[1].rstrip(">")
    if kind in ("voicemail", "scanner"):
        att = part("audio/wav; name=\"msg0001.wav\"" if kind == "voicemail" else "application/pdf; name=\"scan_0042.pdf\"",
                   b64bytes(blob(name, 1500)), "base64", "Content-Disposition: attachment; filename=\"" + ("msg0001.wav" if kind == "voicemail" else "scan_0042.pdf") + "\"")
        body = multipart("mixed", [plain(body_t), att], boundary(name), "")
    else:
        body = plain(body_t)
    heads = std(name, frm, f"{rname} <{raddr}>", subj, date, host, raddr.split("@")[1], [("Auto-Submitted", "auto-generated")], n=1)
    emit(name, heads, body)


# ESP / cloud account notices about bounce rates (about the account, no failed message)
ESPN = [
    ("Amazon Web Services <no-reply-aws@amazon.com>", "Amazon SES Account Under Review - bounce rate",
     "Hello,\n\nwe are contacting you about the Amazon SES sending account in region\nEU (Ireland). Your bounce rate is 10.2%, above the 5% review threshold.\nBounces are messages that could not be delivered to the recipient, for\nexample because the address does not exist.\n\nPlease review your list practices within 30 days.\n\nSincerely,\nAmazon Web Services\n"),
    ("SendHub Compliance <compliance@sendhub.example>", "Your bounce rate report for October",
     "Sending domain: news.meridian.example.com\n\nDelivered:      48,112\nHard bounces:      211 (0.43%)\nSoft bounces:      902 (1.84%)\nSpam complaints:    12 (0.02%)\n\nTop bounce reasons: user unknown, mailbox full, domain not found.\nAll good - no action needed.\n"),
    ("Mailgun-like Alerts <alerts@mg-alerts.example>", "Suppression list digest: 14 addresses added",
     "The following addresses were added to the suppression list of\nmg.meridian.example.com after a permanent failure:\n\n  14 addresses (download the CSV in the dashboard)\n\nMost common reply: 550 5.1.1 mailbox does not exist\n"),
]
for i, (frm, subj, text) in enumerate(ESPN):
    name = f"esp-account-notice-{i:02d}.eml"
    rname, raddr = person("meridian.example.com")
    date = when()
    host = frm.split("@")[1].rstrip(">")
    heads = std(name, frm, raddr, subj, date, "mail." + host, "meridian.example.com", [("Auto-Submitted", "auto-generated")] if i else [], n=1)
    emit(name, heads, alt(name, text, html_of(text)) if i == 0 else plain(text))


# Chinese system notices that are not bounces: quota reminders, security notices, newsletters
ZHN = [
    ("QQ邮箱团队 <10000@qq.com>", "您的邮箱容量即将用完", "gb18030",
     "亲爱的用户：\n\n您的邮箱已使用 3.6G，总容量 4G。容量用完后，新邮件将无法送达您的邮箱，\n发件人会收到退信。建议您及时清理邮件或开通扩容服务。\n\nQQ邮箱团队\n"),
    ("网易邮件中心 <mail@service.netease.com>", "邮箱安全提醒：异地登录", "gbk",
     "尊敬的用户：\n\n您的邮箱于 2026-10-12 09:14 在异地登录（IP：203.0.113.77）。\n如非本人操作，请立即修改密码。\n\n网易邮件中心\n"),
    ("阿里云 <no-reply@notice.example-cloud.com>", "【阿里云】邮件推送服务月度报告", "gb2312",
     "尊敬的客户：\n\n您的邮件推送服务十月发送 120,422 封，成功率 98.7%。\n无效地址 1,032 个已自动加入无效地址列表，退信率处于正常范围。\n\n感谢您的支持！\n"),
    ("人事部 <hr@harbor-labs.example>", "国庆假期安排及邮件自动回复设置", "gb2312",
     "各位同事：\n\n国庆假期为 10 月 1 日至 7 日。假期前请在邮箱中设置自动回复，\n注明紧急联系人。假期期间系统维护，邮件可能延迟，但不会退信。\n\n人事部\n"),
    ("技术社区周刊 <weekly@dev-community.example>", "本周精选：如何降低退信率", "gbk",
     "本周精选文章：\n\n1. 如何降低营销邮件的退信率\n2. 邮箱已满、用户不存在等常见退信原因解析\n3. SPF、DKIM 和 DMARC 配置实战\n\n退订本周刊：https://dev-community.example/unsub\n"),
]
for i, (frm, subj, cs, text) in enumerate(ZHN):
    name = f"lang-zh-notice-{i:02d}.eml"
    rname, raddr = person()
    date = when()
    disp, addr = frm.split(" <")
    host = addr.rstrip(">").split("@")[1]
    extra = [("Auto-Submitted", "auto-generated")] if i < 3 else []
    if i == 4:
        extra += [("List-Unsubscribe", "<https://dev-community.example/unsub>"), ("Precedence", "bulk")]
    heads = std(name, f"{enc_header(disp, cs)} <{addr}", raddr, enc_header(subj, cs), date, "smtp." + host, raddr.split("@")[1], extra, n=1)
    body = part(f"text/plain; charset={cs}", b64(text, cs), "base64") if i % 2 == 0 else \
        multipart("alternative", [part(f"text/plain; charset={cs}", b64(text, cs), "base64"), part(f"text/html; charset={cs}", b64(html_of(text).replace('utf-8', cs), cs), "base64")], boundary(name, 4), "")
    emit(name, heads, body)


# ---------------------------------------------------------------- everyday person-to-person mail

BIZ = [
    ("Project kickoff next week", "Hi {them_first},\n\nlet's do the kickoff on Tuesday at 10:00. I have invited {cc_names}.\nAgenda follows tomorrow.\n\nBest,\n{me}\n"),
    ("Re: Quote for 500 units", "Hi {them_first},\n\nthanks for the quote. Can you confirm the delivery time for 500 units to\nour warehouse in Example Town? Our last delivery from you failed at the\ngate because the driver had no delivery note.\n\nRegards,\n{me}\n"),
    ("Contact details for the fair", "Hello,\n\nhere are the contacts for the trade fair booth:\n\n  Logistics: logistics@stonebridge.example, +1 555 0142\n  Catering:  events@catering.example, +1 555 0177\n  Badges:    badges@fair-organiser.example\n\n{me}\n"),
    ("Re: Returned invoice", "Hi {them_first},\n\nthe invoice was returned by our accounts payable team because the PO\nnumber was missing. Could you reissue it with PO 4500218812?\n\nThanks,\n{me}\n"),
    ("Lunch?", "Hey {them_first}, lunch at the Thai place at 12:30? {me_first}\n"),
    ("Re: Server room access", "Done - your badge now opens the server room. The old badge is blocked.\n\n{me}\n"),
    ("New address from 1 November", "Dear all,\n\nfrom 1 November my address changes to {new}. The old address keeps\nworking until the end of the year; after that, mail to it will be\nreturned.\n\n{me}\n"),
    ("Re: Can you resend the file?", "Sure, here it is again. If it still does not arrive, it may be the 10 MB\nlimit on your side; then I will share a link instead.\n\n{me}\n\n> The attachment never reached me - can you resend?\n"),
    ("Feedback on the draft", "Hi {them_first},\n\ncomments inline in the attached version. Main points: section 3 is too\nlong, and the figures for undelivered orders do not add up (table 2).\n\n{me}\n"),
    ("Re: Password for the shared mailbox", "I reset it; you will get the new one by SMS. Please do not send\npasswords by email.\n\n{me}\n"),
    ("Reference letter", "Dear {them_first},\n\nI am happy to write a reference for you. Please send me the name and\naddress of the person it should go to.\n\nBest wishes,\n{me}\n"),
    ("Re: Delivery failed?", "Hi {them_first},\n\nno, the delivery did not fail - the pallet is in the warehouse, they\njust forgot to scan it. It will be on the truck tomorrow.\n\n{me}\n\n> Tracking says 'delivery failed'. What happened?\n"),
]
for i, (subj, text) in enumerate(BIZ * 2):
    name = f"person-{i:02d}.eml"
    me = person()
    them = person()
    ccs = [person() for _ in range(R.randint(0, 3))]
    date = when()
    body = text.format(me=me[0], me_first=me[0].split()[0], them_first=them[0].split()[0], cc_names=", ".join(c[0] for c in ccs) or "nobody else",
                       new=me[1].split("@")[0] + "@" + R.choice(ORGS))
    sigblock = f"\n-- \n{me[0]}\n{R.choice(['Sales', 'Purchasing', 'Engineering', 'Finance', 'Operations'])} | {me[1].split('@')[1]}\nPhone +1 555 01{R.randint(10, 99)} | {me[1]}\n" if i % 3 else ""
    extra = [("Cc", ", ".join(f"{c[0]} <{c[1]}>" for c in ccs))] if ccs else []
    extra.append(("X-Mailer", R.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171.1.1)", "iPhone Mail (21G93)"])) if i % 2 else
                 ("User-Agent", R.choice(["Mozilla Thunderbird", "Roundcube Webmail/1.6.9", "K-9 Mail for Android", "Evolution 3.50.3"])))
    if subj.startswith("Re:"):
        extra.append(("In-Reply-To", mid(name + "p", them[1].split("@")[1])))
        extra.append(("References", mid(name + "p", them[1].split("@")[1])))
    heads = std(name, f"{me[0]} <{me[1]}>", f"{them[0]} <{them[1]}>", subj, date, me[1].split("@")[1], them[1].split("@")[1], extra, n=R.randint(1, 3))
    full = body + sigblock
    emit(name, heads, alt(name, full, html_of(full)) if i % 4 == 1 else plain(full, "utf-8", "quoted-printable") if i % 4 == 2 else plain(full))


# Person-to-person mail quoting a pasted server error while asking for help
PASTED = [
    ("Re: mail to the bank does not arrive", """Hi {them_first},

thanks, that explains it. For the record, this is what I got back when I
wrote to them on Monday:

> Remote Server returned '550 5.7.606 Access denied, banned sending IP
> [203.0.113.51]'

I will use my private address until our IT has the block removed.

{me}"""),
    ("Why does my mail bounce?", """Hi {them_first},

you know more about this than me: when I write to my son's school I get
a message back saying

   <office@school.example>: host mx.school.example[198.51.100.60] said:
   554 5.7.1 <office@school.example>: Relay access denied

Is that my fault or theirs?

Thanks!
{me}"""),
    ("Re: Why does my mail bounce?", """Hi {them_first},

theirs. "Relay access denied" means their server does not consider
itself responsible for that address - most likely they moved their mail
elsewhere and forgot to update the MX record. Phone them and tell them.

{me}

> Is that my fault or theirs?"""),
    ("Re: Mails to the agency", """Hi {them_first},

I checked our logs: your mail to the agency was accepted by their server
("250 2.0.0 OK queued as 4Q8xYz") on Tuesday 10:42, so it did not bounce.
It must be stuck in their spam filter.

{me}"""),
]
for i, (subj, text) in enumerate(PASTED):
    name = f"person-pasted-error-{i:02d}.eml"
    me = person()
    them = person()
    date = when()
    body = text.format(me=me[0], them_first=them[0].split()[0])
    extra = [("X-Mailer", "Microsoft Outlook 16.0")] if i % 2 else [("User-Agent", "Mozilla Thunderbird")]
    heads = std(name, f"{me[0]} <{me[1]}>", f"{them[0]} <{them[1]}>", subj, date, me[1].split("@")[1], them[1].split("@")[1], extra)
    emit(name, heads, plain(body))


# Gmail-style inline forwards of ordinary mail
for i, (note, osubj, otext) in enumerate([
    ("See below - can you handle this?", "Question about my order", "Hello, I ordered a lamp two weeks ago and nothing arrived yet. Order 20433.\n"),
    ("FYI", "Board meeting moved", "The board meeting moves to Thursday 16:00, same room.\n"),
    ("Is this legit?", "Your mailbox storage upgrade", "Dear user, your mailbox storage will be upgraded tonight. No action needed.\nIT Team\n"),
    ("Forwarding for your records.", "Signed contract", "Please find the signed contract attached. We look forward to working with you.\n"),
]):
    name = f"forward-inline-{i:02d}.eml"
    me = person()
    them = person()
    orig = person()
    date = when()
    body = f"{note}\n\n---------- Forwarded message ---------\nFrom: {orig[0]} <{orig[1]}>\nDate: {when()}\nSubject: {osubj}\nTo: {me[0]} <{me[1]}>\n\n\n{otext}\n"
    heads = std(name, f"{me[0]} <{me[1]}>", f"{them[0]} <{them[1]}>", f"Fwd: {osubj}", date, "mail-sor-f69.google.com", them[1].split("@")[1],
                [("X-Gm-Message-State", "AOJu0Yz" + hashlib.md5(name.encode()).hexdigest()), ("X-Google-Smtp-Source", "AGHT+I" + hashlib.sha1(name.encode()).hexdigest()[:20])], n=1)
    emit(name, heads, alt(name, body, html_of(body), "UTF-8"))


# Mail to postmaster@ written by people
for i, text in enumerate([
    "Hello postmaster,\n\nwe are a small charity and our newsletter to your domain has been\nrejected since Monday with \"550 5.7.1 Message rejected as spam\". We only\nmail people who signed up. Could you whitelist newsletter@orchard-coop.example?\n\nThank you,\n{me}\n",
    "Dear postmaster,\n\nI think one of your users' accounts is compromised - we received 300\nmessages from it in the last hour. Headers of one example below.\n\nReceived: from mail.kestrel.example.net ([198.51.100.9])\nFrom: someone@kestrel.example.net\nSubject: Invoice overdue\n\n{me}, abuse desk\n",
    "Hi,\n\nis postmaster@ still read by a person? I tried to report that your MX\nhas an expired certificate, but the message to hostmaster@ came back.\n\n{me}\n",
]):
    name = f"to-postmaster-human-{i:02d}.eml"
    me = person()
    dst = R.choice(ORGS)
    date = when()
    heads = std(name, f"{me[0]} <{me[1]}>", f"postmaster@{dst}", ["Newsletter rejected - please whitelist", "Compromised account on your side?", "Expired certificate on your MX"][i],
                date, me[1].split("@")[1], dst, [("User-Agent", "Mutt/2.2.12 (2023-09-09)")])
    emit(name, heads, plain(text.format(me=me[0])))


# ---------------------------------------------------------------- more list traffic on everyday topics

GENERIC = [
    ("Re: [ANN] release 2.4.0", "Congratulations on the release! Upgraded two servers without problems.\nOne note: the changelog still mentions the old config file name.\n"),
    ("Question about IPv6 on the relay", "Has anyone run the relay dual-stack for a while? We see some receivers\nrejecting over IPv6 because our v6 address has no PTR yet, so we\ndisabled it for outbound for now. Is that the usual approach?\n"),
    ("Re: Question about IPv6 on the relay", "Yes, same here. smtp_address_preference = ipv4 until the PTR is in\nplace. Then enable it host by host.\n"),
    ("Re: Room for the next meeting", "I can book room 1.07 for 20 people. Projector works, the HDMI cable\nis in the drawer.\n"),
    ("Monthly maintenance window", "Reminder: the monthly maintenance window is Sunday 02:00-04:00 UTC.\nMail is queued during the window and delivered afterwards; nothing is\nreturned to senders.\n"),
    ("Re: Slides from the talk", "Slides are on the wiki now. The recording will follow once it is cut.\n"),
    ("[ANN] Security release 3.1.7", "A security release is available. It fixes a crash when a client sends a\nvery long AUTH line. All users should upgrade.\n"),
    ("Re: Strange characters in subjects", "The subject is RFC 2047 encoded in ISO-2022-JP; your client probably\ndoes not decode that charset. Try a newer version.\n"),
    ("Re: Best practice for role accounts", "We keep role accounts (postmaster, abuse, hostmaster) as aliases to a\nshared mailbox with its own quota, so a full personal mailbox never\nmakes abuse@ reject mail.\n"),
    ("Offtopic: favourite mail client in 2026?", "Still mutt here. Twenty years and counting.\n"),
    ("Re: Offtopic: favourite mail client in 2026?", "Thunderbird, with a filter that files every 'Undelivered Mail Returned to\nSender' into its own folder so I can read them in one go on Mondays.\n"),
    ("Re: DKIM key rotation", "We rotate every six months: publish the new selector, wait a week,\nswitch signing, keep the old key in DNS for another month.\n"),
]
for i, (subj, text) in enumerate(GENERIC):
    sname, saddr = person()
    body = text + "\n" + sig(sname, saddr)
    if i % 3 == 0:
        listname, lhost = LISTS[i % len(LISTS)]
        mailman2(30 + i, listname, lhost, subj, body, saddr, sname)
    elif i % 3 == 1:
        listname, lhost = ML3[i % len(ML3)]
        mailman3(30 + i, listname, lhost, subj, body, saddr, sname)
    else:
        google_group(10 + i, "mail-admins", "googlegroups.com", subj, body.replace("{", "{{").replace("}", "}}"))


# List welcome messages: help text full of addresses
def welcome(i, kind, listname, lhost):
    name = f"list-welcome-{kind}-{i:02d}.eml"
    rname, raddr = person()
    date = when()
    lp = f"{listname}@{lhost}"
    if kind == "mailman2":
        text = (f"Welcome to the {listname}@{lhost} mailing list!\n\nTo post to this list, send your message to:\n\n  {lp}\n\n"
                f"General information about the mailing list is at:\n\n  https://{lhost}/mailman/listinfo/{listname}\n\n"
                f"If you ever want to unsubscribe or change your options (eg, switch to\nor from digest mode, change your password, etc.), visit your\nsubscription page at:\n\n"
                f"  https://{lhost}/mailman/options/{listname}/{raddr}\n\nYou can also make such adjustments via email by sending a message to:\n\n"
                f"  {listname}-request@{lhost}\n\nwith the word `help' in the subject or body (don't include the\nquotes), and you will get back a message with instructions.\n\n"
                f"You must know your password to change your options (including\nchanging the password, itself) or to unsubscribe without\nconfirmation.\n")
        subj = f"Welcome to the \"{listname}\" mailing list"
        frm = f"{listname}-request@{lhost}"
    elif kind == "mailman3":
        text = (f"Welcome to the \"{listname}\" mailing list!\n\nTo post to this list, send your email to:\n\n  {lp}\n\n"
                f"You can unsubscribe or make adjustments to your options via email by\nsending a message to:\n\n  {listname}-request@{lhost}\n\n"
                f"with the word 'help' in the subject or body (don't include the\nquotes), and you will get back a message with instructions. You will\nneed your password to change your options, but for security purposes,\nthis password is not included here.  If you have forgotten your\npassword you will need to reset it via the web UI.\n")
        subj = f"Welcome to the \"{listname}\" mailing list"
        frm = f"{listname}-owner@{lhost}"
    else:
        text = (f"Sat, 10 Oct 2026 09:12:44\n\nYour subscription to the {listname.upper()} list has been accepted.\n\n"
                f"You may leave the list at any time by sending a \"SIGNOFF {listname.upper()}\" command to\nLISTSERV@{lhost.upper()}.\n\n"
                f"Contributions sent to this list are automatically archived. You can get\na list of the available archive files by sending an \"INDEX {listname.upper()}\"\ncommand to LISTSERV@{lhost.upper()}.\n\n"
                f"Please save this message for future reference.\n")
        subj = f"You are now subscribed to the {listname.upper()} list"
        frm = f"L-Soft list server at {lhost.upper()} (1.8e) <LISTSERV@{lhost.upper()}>"
    heads = std(name, frm, raddr, subj, date, lhost, raddr.split("@")[1],
                [("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"), ("List-Id", f"<{listname}.{lhost}>")], n=1)
    emit(name, heads, plain(text))


welcome(0, "mailman2", "postfix-users", "lists.mailhub.example.org")
welcome(1, "mailman3", "ops-talk", "lists.kestrel.example.net")
welcome(2, "listserv", "emailres-l", "listserv.univ-lakeside.example.edu")


# IMS 5.5 multipart messages (the old "This message is in MIME format" preamble)
for i, (subj, text) in enumerate([
    ("Quarterly newsletter - Finance", "Dear colleagues,\n\nthe finance newsletter for Q3 is below. To stop receiving it, reply\nwith UNSUBSCRIBE or write to finance-news@stonebridge.example.\n\nQuestions: controlling@stonebridge.example\nTravel expenses: travel@stonebridge.example\n"),
    ("RE: Lotus Notes interface", "The interface between Exchange and Lotus Notes at the parent company\nis running again. Mail that was queued over the weekend has been\ndelivered. Nothing was lost.\n"),
    ("Holiday schedule", "Out of the office over Christmas:\n\n  Anna    22.12 - 02.01\n  Brian   24.12 - 27.12\n  Carla   29.12 - 02.01\n\nPlease set your own automatic replies.\n"),
    ("Telephone list update", "Updated telephone list attached.\n\nReception   2000   reception@stonebridge.example\nIT          2100   it@stonebridge.example\nHR          2200   hr@stonebridge.example\n"),
]):
    name = f"oldclient-ims55-mime-{i:02d}.eml"
    me = person("stonebridge.example")
    date = when()
    bnd = "----_=_NextPart_001_01C1" + hashlib.md5(name.encode()).hexdigest()[:8].upper() + "." + hashlib.sha1(name.encode()).hexdigest()[:8].upper()
    body = (f"Content-Type: multipart/alternative;\n\tboundary=\"{bnd}\"\n\nThis message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.\n\n"
            f"--{bnd}\nContent-Type: text/plain;\n\tcharset=\"iso-8859-1\"\n\n{text}\n--{bnd}\nContent-Type: text/html;\n\tcharset=\"iso-8859-1\"\n\n"
            f"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\n<HTML>\n<HEAD>\n<META NAME=\"Generator\" CONTENT=\"MS Exchange Server version 5.5.2657.72\">\n<TITLE>{subj}</TITLE>\n</HEAD>\n<BODY>\n"
            + "".join(f"<P><FONT SIZE=2>{l}</FONT>\n</P>\n" for l in text.split("\n") if l) + f"</BODY>\n</HTML>\n--{bnd}--\n")
    heads = [("Return-Path", f"<{me[1]}>"),
             f"Received: from exchange.stonebridge.example ([{ip()}])\n\tby relay.stonebridge.example (8.12.11/8.12.11) with ESMTP id i9F{i}3aBc0{i}1122;\n\t{date}",
             f"Received: by exchange.stonebridge.example with Internet Mail Service (5.5.2657.72)\n\tid <{hashlib.md5(name.encode()).hexdigest()[:8].upper()}>; {date}",
             ("Message-ID", f"<{hashlib.md5(name.encode()).hexdigest()[:20].upper()}@exchange.stonebridge.example>"),
             ("From", f"{me[0]} <{me[1]}>"), ("To", "All Staff <allstaff@stonebridge.example>"), ("Subject", subj), ("Date", date),
             ("X-Mailer", "Internet Mail Service (5.5.2653.19)" if i % 2 else "Internet Mail Service (5.5.2657.72)")]
    emit(name, heads, body)


# ---------------------------------------------------------------- more newsletters, notifications, signed mail

NEWS2 = [
    ("Reisewelt", "newsletter@reisewelt.example", "Out of Office? Dann ab in den Süden!", "iso-8859-1",
     "Hallo {first},\n\nschon die Abwesenheitsnotiz eingerichtet? Unsere Herbstangebote:\nMallorca ab 299 EUR, Kanaren ab 399 EUR.\n\nAbmelden: https://reisewelt.example/abmelden/{tok}\n"),
    ("Librairie du Port", "lettre@librairie-port.example", "Nos nouveautés d'octobre", "utf-8",
     "Bonjour {first},\n\nles nouveautés du mois sont arrivées. Livraison offerte dès 35 EUR.\nSi un colis vous est retourné (adresse incomplète), nous le renvoyons\ngratuitement.\n\nSe désabonner : https://librairie-port.example/desabo/{tok}\n"),
    ("Ofertas Sol", "ofertas@ofertassol.example", "Tu carrito te espera", "utf-8",
     "Hola {first},\n\nolvidaste algo en tu carrito. Completa tu pedido hoy y el envío es\ngratis.\n\nDarse de baja: https://ofertassol.example/baja/{tok}\n"),
    ("Delivery Status Weekly", "digest@deliverystatus.example", "Delivery Status Weekly: what changed in Gmail's sender rules", "utf-8",
     "Delivery Status Weekly - the newsletter for email deliverability people.\n\nThis week: one-click unsubscribe deadlines, spam-rate thresholds, and a\nreader question: \"why does a 5.2.2 sometimes mean over quota and\nsometimes message too big?\"\n\nUnsubscribe: https://deliverystatus.example/u/{tok}\n"),
    ("Undeliverable Records", "shop@undeliverable-records.example", "New vinyl in: 12 records this week", "utf-8",
     "Hi {first},\n\nUndeliverable Records has 12 new arrivals this week, from jazz to\npost-punk. Shipping to the EU takes 3-5 days.\n\nUnsubscribe: https://undeliverable-records.example/u/{tok}\n"),
]
for i, (brand, frm, subj, cs, text) in enumerate(NEWS2):
    name = f"newsletter-intl-{i:02d}.eml"
    date = when()
    tok = hashlib.md5(name.encode()).hexdigest()
    rname, raddr = person()
    body = text.format(first=rname.split()[0], tok=tok)
    dom = frm.split("@")[1]
    extra = [("List-Unsubscribe", f"<https://{dom}/u/{tok}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("X-Mailer", "Sendy 6.0")]
    heads = std(name, f"{brand} <{frm}>", raddr, enc_header(subj, cs) if any(ord(c) > 127 for c in subj) else subj, date, "mta." + dom, raddr.split("@")[1], extra, n=1,
                env=f"bounce-{tok[:8]}@{dom}")
    emit(name, heads, alt(name, body, html_of(body), cs))

NOTIF = [
    ("Slack", "feedback@slack.example", "[Slack] Notifications from the Meridian workspace",
     "You have 3 unread messages in #mail-ops:\n\n  dana: the deferred queue is back to normal\n  ravi: mailbox full complaints from finance again\n  dana: raised their quota, closing the incident\n\nOpen Slack: https://meridian.slack.example/\n"),
    ("Microsoft Teams", "noreply@email.teams.example", "You have been missed in Teams",
     "Your teammates are trying to reach you in Microsoft Teams.\n\nRavi Adler sent a message in Mail Ops:\n\"Postmaster inbox has 40 new notices, can someone triage?\"\n\nReply in Teams\n"),
    ("LinkedIn", "messages-noreply@linkedin.example", "Grace sent you a new message",
     "Grace Okafor sent you a message:\n\n\"Hi, saw your talk on delivery failures - would love to connect.\"\n\nView message\n\nThis email was intended for you. Unsubscribe.\n"),
    ("Trello", "do-not-reply@trello.example", "Changes on your board 'Mail migration'",
     "Here's what changed on your board Mail migration:\n\n  Dana moved 'Fix bounce handling for 4.2.2' from Doing to Done\n  Ravi commented on 'Quota warnings': 'sent the announcement'\n"),
]
for i, (brand, frm, subj, text) in enumerate(NOTIF):
    name = f"notification-{brand.lower().replace(' ', '-')}-{i:02d}.eml"
    rname, raddr = person("meridian.example.com")
    date = when()
    heads = std(name, f"{brand} <{frm}>", raddr, subj, date, "mail." + frm.split("@")[1], "meridian.example.com",
                [("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", f"<https://{frm.split('@')[1]}/unsub/{hashlib.md5(name.encode()).hexdigest()}>")], n=1)
    emit(name, heads, alt(name, text, html_of(text)))

# Exchange meeting forward notification (sent to the organizer; no failure)
name = "exchange-meeting-forward-notification-00.eml"
org = person("meridian.example.com")
fwdr = person("meridian.example.com")
newp = person()
date = when()
text = f"Your meeting was forwarded\n\n{fwdr[0]} has forwarded your meeting request to additional recipients.\n\nMeeting\nBudget review\n\nMeeting Time\nThursday, 22 October 2026 14:00-15:00.\n\nRecipients\n{newp[0]} <{newp[1]}>\n\nAll times listed are in the following time zone: (UTC+01:00) Amsterdam, Berlin\n"
heads = [("Return-Path", "<>"),
         f"Received: from EX01.meridian.example.com (2001:db8::21) by EX02.meridian.example.com\n (2001:db8::22) with Microsoft SMTP Server id 15.2.1544.4; {date}",
         ("From", f"{fwdr[0]} <{fwdr[1]}>"), ("To", f"{org[0]} <{org[1]}>"), ("Subject", "Meeting Forward Notification: Budget review"),
         ("Date", date), ("Message-ID", mid(name, "EX02.meridian.example.com")), ("Thread-Topic", "Budget review"),
         ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US"),
         ("X-MS-Exchange-Organization-SCL", "-1")]
emit(name, heads, alt(name, text, html_of(text)))

# Signed mail: S/MIME and PGP
for i, (kind, subj, text) in enumerate([
    ("smime", "Signed: contract amendment", "Dear {them_first},\n\nplease find the amendment below. This message is digitally signed.\nIf your mail system strips signatures, the message may arrive as an\nattachment only.\n\n{me}\n"),
    ("pgp", "[security] Advisory for mail relay 3.1.6", "A crafted HELO string can crash the relay. Upgrade to 3.1.7.\nMessages in the queue are not lost; the relay restarts and delivers them.\n\n{me}\n"),
]):
    name = f"signed-{kind}-{i:02d}.eml"
    me = person()
    them = person()
    date = when()
    t = text.format(me=me[0], them_first=them[0].split()[0])
    if kind == "smime":
        sig_p = part("application/pkcs7-signature; name=\"smime.p7s\"", b64bytes(blob(name, 1800)), "base64", "Content-Disposition: attachment; filename=\"smime.p7s\"")
        body = multipart("signed", [plain(t), sig_p], boundary(name), " protocol=\"application/pkcs7-signature\"; micalg=sha-256;")
    else:
        armor = "-----BEGIN PGP SIGNATURE-----\n\n" + b64bytes(blob(name, 400)) + "\n=Ab3d\n-----END PGP SIGNATURE-----\n"
        body = multipart("signed", [plain(t), part("application/pgp-signature; name=\"signature.asc\"", armor, None, "Content-Description: OpenPGP digital signature")], boundary(name), " micalg=pgp-sha256; protocol=\"application/pgp-signature\";")
    heads = std(name, f"{me[0]} <{me[1]}>", f"{them[0]} <{them[1]}>", subj, date, me[1].split("@")[1], them[1].split("@")[1], [("User-Agent", "Mozilla Thunderbird")])
    emit(name, heads, body)

# TNEF (winmail.dat) from Outlook
name = "outlook-tnef-winmail-00.eml"
me = person("meridian.example.com")
them = person()
date = when()
body = multipart("mixed", [plain(f"Hi {them[0].split()[0]},\n\nthe agenda is attached.\n\n{me[0]}\n"),
                           part("application/ms-tnef; name=\"winmail.dat\"", b64bytes(b"\x78\x9f\x3e\x22" + blob(name, 1200)), "base64", "Content-Disposition: attachment; filename=\"winmail.dat\"")],
                 boundary(name), "")
emit(name, std(name, f"{me[0]} <{me[1]}>", them[1], "Agenda", date, "mail.meridian.example.com", them[1].split("@")[1],
               [("X-Mailer", "Microsoft Outlook 14.0"), ("X-MS-TNEF-Correlator", "<" + hashlib.md5(name.encode()).hexdigest() + "@meridian.example.com>")]), body)

# HTML-only mail
for i, (subj, html) in enumerate([
    ("Your monthly statement is ready", "<html><body><h1>Statement ready</h1><p>Dear customer, your statement for October is available in online banking.</p><p>If a payment could not be delivered to the recipient bank, it is listed under <b>Returned payments</b>.</p></body></html>"),
    ("Team lunch photos", "<html><body><p>Photos from Friday!</p><p><img src=\"https://photos.example.com/a.jpg\" alt=\"lunch\"></p></body></html>"),
    ("Webinar recording: mailbox quotas at scale", "<html><body><p>Thanks for attending. The recording of <i>Mailbox quotas at scale</i> is <a href=\"https://webinars.example.org/rec/42\">here</a>.</p></body></html>"),
]):
    name = f"html-only-{i:02d}.eml"
    frm = person()
    to = person()
    date = when()
    emit(name, std(name, f"{frm[0]} <{frm[1]}>", to[1], subj, date, frm[1].split("@")[1], to[1].split("@")[1]),
         part("text/html; charset=utf-8", qp(html, "utf-8"), "quoted-printable"))


# ---------------------------------------------------------------- more monitoring, quota, spam and phishing

MON2 = [
    ("icinga", "[PROBLEM] mail-queue on mx3 is WARNING!", "icinga@monitor.polaris-it.example.net",
     "***** Service Monitoring on icinga2 *****\n\nmail-queue on mx3 is WARNING!\n\nInfo:    WARNING - 612 mails in queue (deferred: 598)\nWhen:    {date}\nService: mail-queue\nHost:    mx3\nIPv4:    192.0.2.33\n"),
    ("datadog", "[Triggered] Email delivery failures above 5% on checkout-service", "alert@dtdg.example",
     "Email delivery failures above 5% on checkout-service\n\n`sum:email.send.failed{{service:checkout}}` was > 5.0 on average during the last 10m.\n\nMetric value: 7.3\n\n@ops-oncall\n"),
    ("pagerduty", "[PagerDuty] ALERT - INCIDENT #4412 (Host unreachable: vpn-gw-2)", "no-reply@pagerduty.example",
     "You have 1 TRIGGERED incident.\n\nIncident #4412: Host unreachable: vpn-gw-2\nService: Network\nAssigned to: On-call Ops\n\nAcknowledge: https://meridian.pagerduty.example/i/4412/ack\n"),
    ("certwatch", "Certificate for mx1.meridian.example.com expires in 7 days", "certwatch@monitor.meridian.example.com",
     "The TLS certificate served on mx1.meridian.example.com:25 (STARTTLS) expires on\n2026-10-29. Senders that require valid TLS (MTA-STS enforce) will fail to\ndeliver to this host after that date. Renew it now.\n"),
    ("rspamd", "Rspamd statistics for mx1: weekly report", "rspamd@mx1.meridian.example.com",
     "Messages scanned: 182,344\nMessages with action reject: 12,912\nMessages with action soft reject: 1,803\nMessages with action add header: 9,210\nMessages treated as clean: 158,419\n"),
]
for i, (kind, subj, frm, text) in enumerate(MON2):
    name = f"monitor-{kind}-{i + 20:02d}.eml"
    date = when()
    host = frm.split("@")[1]
    heads = std(name, frm, "ops@meridian.example.com", subj, date, host, "meridian.example.com", [("Auto-Submitted", "auto-generated")], n=1)
    emit(name, heads, plain(text.format(date=date)))

QUOTA2 = [
    ("腾讯企业邮 <postmaster@exmail.qq.com>", "邮箱容量提醒", "gb18030", "您好，您的邮箱 {addr} 已使用 95% 的容量。为避免无法接收邮件，请及时清理。\n"),
    ("Postmaster <postmaster@mail.northwind.example>", "Ihr Postfach ist fast voll", "iso-8859-1",
     "Hallo,\n\nIhr Postfach {addr} ist zu 91 % belegt (4,6 GB von 5 GB).\nBitte löschen Sie alte Nachrichten. Ist das Postfach voll, können keine\nneuen Nachrichten mehr zugestellt werden.\n\nIhre IT\n"),
    ("Administrateur messagerie <admin-mail@orchard-coop.example>", "Votre boîte aux lettres est presque pleine", "utf-8",
     "Bonjour,\n\nvotre boîte {addr} utilise 88 % de son quota. Pensez à vider la\ncorbeille. Aucun message n'a été refusé pour l'instant.\n"),
]
for i, (frm, subj, cs, text) in enumerate(QUOTA2):
    name = f"quota-warning-intl-{i:02d}.eml"
    disp, addr = frm.split(" <")
    addr = addr.rstrip(">")
    rname, raddr = person(addr.split("@")[1] if "qq.com" not in addr else "harbor-labs.example")
    date = when()
    heads = std(name, f"{enc_header(disp, cs) if any(ord(c) > 127 for c in disp) else disp} <{addr}>", raddr, enc_header(subj, cs) if any(ord(c) > 127 for c in subj) else subj,
                date, addr.split("@")[1], raddr.split("@")[1], [("Auto-Submitted", "auto-generated")], n=1)
    emit(name, heads, part(f"text/plain; charset={cs}", b64(text.format(addr=raddr), cs), "base64"))

SPAM2 = [
    ("Mail Delivery Subsystem <bulk@newsblast.example>", "Re: your order", "Hi,\n\nas promised, here is the catalogue for our watches: http://newsblast.example/w\n"),
    ("\"Postmaster\" <postmaster@win-big.example>", "Winner notification", "Your email address won 1,000,000 in our online lottery. Send your\nname and bank details to claims@win-big.example.\n"),
    ("Delivery Failure Team <team@parcel-fee.example>", "Your package could not be delivered", "Your package could not be delivered due to unpaid customs fees (1.99 EUR).\nPay now to schedule a new delivery: http://parcel-fee.example/pay\n"),
    ("\"Mailbox Quota\" <noreply@quota-alert.example>", "Storage full: 3 messages on hold", "Your storage is full. 3 messages are on hold and will be deleted.\nFree upgrade: http://quota-alert.example/free\n"),
]
for i, (frm, subj, text) in enumerate(SPAM2):
    name = f"spam-ndr-lookalike-{i:02d}.eml"
    rname, raddr = person()
    date = when()
    heads = std(name, frm, raddr, subj, date, f"mail{R.randint(1, 99)}.bulk-sender.example", raddr.split("@")[1],
                [("X-Spam-Flag", "YES"), ("X-Spam-Level", "*******")], n=1)
    emit(name, heads, alt(name, text, html_of(text)) if i % 2 else plain(text))


# ---------------------------------------------------------------- more languages: list posts, human replies

name = "lang-ja-list-iso2022jp.eml"
sname, saddr = ("山本 太郎", "yamamoto@univ-lakeside.example.edu")
date = when()
text = "皆様\n\n山本です。\n\n昨日からメーリングリスト宛のメールが一部届かないようです。\n「宛先不明」や「容量超過」のエラーが返ってきた方がいらっしゃれば、\nエラーの内容を私宛に教えてください。\n\n--\n山本 太郎\n"
heads = std(name, f"{enc_header(sname, 'iso-2022-jp')} <{saddr}>", "ml-staff@ml.univ-lakeside.example.edu", enc_header("[ml-staff:01234] メール不達について", "iso-2022-jp"), date,
            "ml.univ-lakeside.example.edu", "example.com",
            [("X-ML-Name", "ml-staff"), ("X-Mail-Count", "01234"), ("X-ML-Server", "fml [fml 4.0.3 release (20011202/4.0.3)]"), ("Precedence", "bulk"),
             ("List-Software", "fml [fml 4.0.3 release (20011202/4.0.3)]"), ("List-Post", "<mailto:ml-staff@ml.univ-lakeside.example.edu>"),
             ("List-Owner", "<mailto:ml-staff-admin@ml.univ-lakeside.example.edu>"), ("List-Help", "<mailto:ml-staff-ctl@ml.univ-lakeside.example.edu?body=help>")],
            env="ml-staff-admin@ml.univ-lakeside.example.edu")
emit(name, heads, part("text/plain; charset=ISO-2022-JP", text.encode("iso2022_jp").decode("ascii"), "7bit"))

for i, (tag, cs, subj, text) in enumerate([
    ("zh-reply-bzai", "gb2312", "回复：我不在办公室的那几天", "王经理：\n\n您好！上周我确实不在办公室，出差去了深圳，没有设置自动回复，\n抱歉耽误了您的事情。合同我今天下午就发给您。\n\n> 上周给你发了好几封邮件都没回，是不是不在办公室？\n\n李明\n"),
    ("zh-tw-big5", "big5", "回覆：郵件被退回了", "陳先生您好：\n\n您上週寄來的郵件我有收到，並沒有被退回。可能是寄給另一位同事的\n那封因為信箱已滿而退信。我再幫您確認一下。\n\n林小姐\n"),
    ("de-list-latin1", "iso-8859-1", "[de-admins] Re: Unzustellbar wegen Postfach voll?", "Hallo zusammen,\n\n\"Postfach voll\" ist beim Empfänger ein vorübergehender Zustand; die\nNachricht kommt meist zurück mit 452 4.2.2. Einfach später nochmal\nsenden.\n\nGruß\nKlaus\n\n_______________________________________________\nde-admins mailing list\nde-admins@lists.linux-gruppe.example\nhttps://lists.linux-gruppe.example/mailman/listinfo/de-admins\n"),
    ("fr-list-utf8", "utf-8", "[admins-fr] Adresse inconnue : normal ?", "Bonjour la liste,\n\nje reçois des retours « utilisateur inconnu » pour une adresse qui\nexiste bel et bien. Quelqu'un a déjà vu ça avec un alias mal configuré ?\n\nMerci,\nÉmilie\n\n--\nadmins-fr -- admins-fr@listes.example.org\nPour se désabonner : admins-fr-leave@listes.example.org\n"),
    ("ru-list-utf8", "utf-8", "[admins-ru] Re: Ящик переполнен - как предупреждать пользователей?", "Коллеги,\n\nмы рассылаем предупреждение при 90% квоты скриптом из cron, а при\nпереполнении Dovecot сам отвечает отправителю 452. Работает без жалоб.\n\n--\nАндрей\n"),
]):
    name = f"lang-{tag}.eml"
    me = person()
    them = person()
    date = when()
    listish = tag.endswith("-list-latin1") or tag.endswith("-list-utf8")
    extra = [("Precedence", "list"), ("List-Id", f"<{tag}.lists.example.org>")] if listish else [("X-Mailer", "Foxmail 7.2.25.228[cn]")]
    heads = std(name, f"{me[0]} <{me[1]}>", f"{them[0]} <{them[1]}>", enc_header(subj, cs), date, me[1].split("@")[1], them[1].split("@")[1], extra)
    emit(name, heads, part(f"text/plain; charset={cs}", qp(text, cs), "quoted-printable") if cs in ("iso-8859-1", "utf-8") else part(f"text/plain; charset={cs}", b64(text, cs), "base64"))


# Messages as stored in mbox exports: a leading "From " separator line
for i, (subj, text) in enumerate([("Re: invoice", "Thanks, received and paid.\n"), ("Notes from the call", "1. quota increase approved\n2. new relay in December\n")]):
    name = f"mbox-from-line-{i:02d}.eml"
    me = person()
    them = person()
    date = when()
    heads = std(name, f"{me[0]} <{me[1]}>", them[1], subj, date, me[1].split("@")[1], them[1].split("@")[1])
    emit(name, heads, plain(text), lead=f"From {me[1]}  Mon Oct 12 10:0{i}:00 2026\n")


# ---------------------------------------------------------------- a few more machine reports people keep

PFLOG = """Postfix log summaries for Oct 11

Grand Totals
------------
messages

   4812   received
   5120   delivered
     44   forwarded
     31   deferred  (212  deferrals)
      9   bounced
     57   rejected (1%)

Per-Day Traffic Summary
    date          received  delivered   deferred    bounced     rejected
    --------------------------------------------------------------------
    Oct 11 2026     4812       5120         31          9          57

message deferral detail
-----------------------
  smtp (total: 212)
       140   connect to mx.slow-isp.example.net[198.51.100.77]:25: Connection timed out
        72   host mx.tiny.example[203.0.113.12] said: 452 4.2.2 Mailbox full

message bounce detail (by relay)
--------------------------------
  mx.bluefield.example.org[192.0.2.80]:25 (total: 6)
         6   550 5.1.1 <old.user@bluefield.example.org>: Recipient address rejected: User unknown
  none (total: 3)
         3   Host or domain name not found. Name service error for name=gone.example type=A: Host not found

message reject detail
---------------------
  RCPT
    blocked using zen.spamhaus.example (total: 41)
    User unknown in local recipient table (total: 16)
"""
for i, host in enumerate(["mx1.meridian.example.com", "mail.polaris-it.example.net"]):
    name = f"cron-pflogsumm-{i:02d}.eml"
    date = when()
    heads = [("Return-Path", f"<root@{host}>"), f"Received: by {host} (Postfix, from userid 0)\n\tid 4QpF{i}s; {date}",
             ("Date", date), ("From", f"root@{host} (Cron Daemon)"), ("To", f"postmaster@{host.split('.', 1)[1]}"),
             ("Subject", f"{host} daily mail stats"), ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-generated")]
    emit(name, heads, plain(PFLOG))

for i, (frm, subj, text) in enumerate([
    ("GitHub <noreply@github.com>", "[meridian/newsletter] Run failed: deliver-newsletter - main (4a1b2c3)",
     "Run failed: deliver-newsletter - main (4a1b2c3)\n\nJobs:\n  send  failed in 2m 14s\n    Error: SMTP delivery failed: 421 4.7.0 Try again later, closing connection.\n\nView workflow run: https://github.com/meridian/newsletter/actions/runs/9911\n"),
    ("Dependabot <noreply@github.com>", "[meridian/mailer] Dependabot alert: bounce-parser has a denial of service vulnerability",
     "A new high severity security advisory affects a dependency.\n\nbounce-parser < 1.4.2: crafted multipart/report causes unbounded memory use.\nUpgrade to 1.4.2.\n"),
    ("Roundcube Webmail <noreply@webmail.orchard-coop.example>", "Your automatic reply has been activated",
     "Your out-of-office reply is now active from 20 October to 27 October.\nSubject of the reply: \"Out of office\"\nYou can change or disable it under Settings > Out of Office.\n"),
    ("Microsoft 365 <o365reports@microsoft.example>", "Message trace report is ready",
     "The extended message trace report you requested (Delivered, Failed, Pending; 10 Oct - 17 Oct) is ready to download from the Exchange admin center.\n"),
    ("Google Groups <noreply@googlegroups.com>", "Digest for mail-admins@googlegroups.com - 3 updates in 2 topics",
     "mail-admins@googlegroups.com\nGoogle Groups\n\nTopic digest\n\n  Question about IPv6 on the relay - 2 Updates\n  Undeliverable messages after moving to Workspace - 1 Update\n\nYou received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page.\nTo unsubscribe from this group and stop receiving emails from it send an email to mail-admins+unsubscribe@googlegroups.com.\n"),
]):
    name = f"machine-notice-{i:02d}.eml"
    rname, raddr = person("meridian.example.com")
    date = when()
    host = frm.split("@")[1].rstrip(">")
    heads = std(name, frm, raddr, subj, date, "out." + host, "meridian.example.com", [("Auto-Submitted", "auto-generated")], n=1)
    emit(name, heads, alt(name, text, html_of(text)) if i % 2 else plain(text))


print(f"{COUNT[0]} messages written to {OUT}")
