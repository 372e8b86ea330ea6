#!/usr/bin/env python3
"""Write set-04: human mail that resembles an auto-reply or a bounce without being one.

Standard library only. Rewrites every set-04 *.eml byte for byte (fixed seed).
Written blind, before any analyzer run, without reading signs/, rules/ or parser/:
people writing about their own absence by hand, replies to auto-replies,
forwards of an auto-reply with a comment, list threads about vacation
responders and bounces, people saying an address no longer exists or has
changed, HR/IT mail about a colleague who left, one-line mobile replies,
thank-you notes, meeting mail, out-of-office policies, and ordinary list
traffic of many communities, in 17 languages and their usual charsets.
No message carries Auto-Submitted or any auto-reply header.
"""
import base64
import datetime
import email.utils
import hashlib
import os
import quopri
import random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(404)
IPS = ["192.0.2.", "198.51.100.", "203.0.113."]
COUNT = [0]
SEEN = set()


def ip():
    return R.choice(IPS) + str(R.randint(2, 250))


def date(i, off=0):
    tz = datetime.timezone(datetime.timedelta(hours=[0, 1, 2, 8, 9, -5, -3, 7, 3][i % 9]))
    t = datetime.datetime(2026, 1 + i % 12, 1 + (i * 11) % 28, (i * 7 + 6) % 24, (i * 17) % 60, (i * 31) % 60, tzinfo=tz)
    t += datetime.timedelta(minutes=off)
    return email.utils.format_datetime(t)


def ew(text, cs):
    """RFC 2047 encoded words, short chunks so every word stays self-contained."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, step = [], 12 if cs not in ("utf-8",) else 14
    for k in range(0, len(text), step):
        chunk = text[k:k + step]
        words.append("=?%s?B?%s?=" % (cs, base64.b64encode(chunk.encode(cs)).decode()))
    return "\r\n ".join(words)


def addr_of(s):
    return s.split("<")[-1].strip(">").strip()


def from_hdr(s, cs):
    if "<" in s:
        dn, rest = s.split("<", 1)
        dn = dn.strip().strip('"')
        try:
            dn.encode("ascii")
            return '"%s" <%s' % (dn, rest) if any(c in dn for c in ",.") else "%s <%s" % (dn, rest)
        except UnicodeEncodeError:
            return "%s <%s" % (ew(dn, cs), rest)
    return s


def body_bytes(text, cs, cte):
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def pick_cte(text, cs):
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        pass
    if cs == "iso-2022-jp":
        return "7bit"
    if cs.startswith("iso-8859") or cs.startswith("windows-125") and cs != "windows-1251":
        return "quoted-printable"
    return "base64"


def write(name, frm, to, subject, body, cs="utf-8", extra=(), html=None, cc=None, reply_to=None,
          client=None, in_reply=None, attach=None, via=None, rcpt=None, return_path=None):
    """One message. extra: list of raw header lines. in_reply: parent Message-ID."""
    assert name not in SEEN, name
    SEEN.add(name)
    try:
        (subject + body + frm + (html or "")).encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    if not body.endswith("\n"):
        body += "\n"
    i = COUNT[0]
    COUNT[0] += 1
    fdom = addr_of(frm).split("@")[-1]
    rcpt = rcpt or addr_of(to.split(",")[0])
    rdom = rcpt.split("@")[-1]
    h = ["Return-Path: <%s>" % (return_path or addr_of(frm))]
    h.append("Delivered-To: %s" % rcpt)
    if via:  # list mail: the list server delivers to the member
        h.append("Received: from %s (%s [%s])\r\n\tby mail.%s (Postfix) with ESMTPS id 4Q%X\r\n\tfor <%s>; %s"
                 % (via, via, ip(), rdom, R.getrandbits(36), rcpt, date(i, 2)))
        rdom = via
    h.append("Received: from mx%d.%s (mx%d.%s [%s])\r\n\tby %s (Postfix) with ESMTPS id 4Q%X\r\n\tfor <%s>; %s"
             % (i % 2 + 1, fdom, i % 2 + 1, fdom, ip(), rdom if via else "mail." + rdom, R.getrandbits(36), addr_of(to) if via else rcpt, date(i, 1)))
    cip = ip()
    h.append("Received: from [%s] (client.%s [%s])\r\n\tby mx%d.%s (Postfix) with ESMTPSA id %X;\r\n\t%s"
             % (cip, fdom, cip, i % 2 + 1, fdom, R.getrandbits(32), date(i)))
    h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s%d;\r\n\th=from:to:subject:date:message-id;\r\n\tbh=%s;\r\n\tb=%s"
             % (fdom, 2026 + i % 3, base64.b64encode(hashlib.sha256(name.encode()).digest()).decode(),
                base64.b64encode(hashlib.sha512(name.encode()).digest()).decode()[:76]))
    mid = "<%s@%s>" % (hashlib.sha1(name.encode()).hexdigest()[:20], fdom)
    h.append("Message-ID: " + mid)
    if in_reply:
        h.append("In-Reply-To: " + in_reply)
        h.append("References: " + in_reply)
    h.append("Date: " + date(i))
    h.append("From: " + from_hdr(frm, cs))
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("Subject: " + ew(subject, cs))
    if client:
        h.append(client)
    h.extend(extra)
    h.append("MIME-Version: 1.0")
    cte = pick_cte(body, cs)
    if html is None and attach is None:
        h.append("Content-Type: text/plain; charset=%s%s" % (cs, "; format=flowed" if i % 4 == 0 and cte != "base64" else ""))
        h.append("Content-Transfer-Encoding: " + cte)
        payload = body_bytes(body, cs, cte)
    else:
        b = "----=_Part_%d_%X" % (i, R.getrandbits(40))
        parts = [("text/plain; charset=%s" % cs, cte, body_bytes(body, cs, cte), None)]
        if html is not None:
            hc = "quoted-printable" if cte != "base64" else "base64"
            b2 = "----=_Alt_%d_%X" % (i, R.getrandbits(40))
            alt = b"".join([
                ("--%s\r\nContent-Type: text/plain; charset=%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (b2, cs, cte)).encode(),
                body_bytes(body, cs, cte), b"\r\n",
                ("--%s\r\nContent-Type: text/html; charset=%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (b2, cs, hc)).encode(),
                body_bytes(html, cs, hc), b"\r\n",
                ("--%s--\r\n" % b2).encode()])
            parts = [('multipart/alternative; boundary="%s"' % b2, None, alt, None)]
        if attach:
            fname, ctype, data = attach
            parts.append((ctype, "base64", base64.encodebytes(data).replace(b"\n", b"\r\n"),
                          'attachment; filename="%s"' % fname))
        kind = "mixed" if attach else "alternative"
        if not attach:
            h.append('Content-Type: multipart/alternative; boundary="%s"' % b2)
            payload = alt
        else:
            h.append('Content-Type: multipart/%s; boundary="%s"' % (kind, b))
            out = [b"This is a multi-part message in MIME format.\r\n"]
            for ct, te, data, disp in parts:
                head = "--%s\r\nContent-Type: %s\r\n" % (b, ct)
                if te:
                    head += "Content-Transfer-Encoding: %s\r\n" % te
                if disp:
                    head += "Content-Disposition: %s\r\n" % disp
                out.append((head + "\r\n").encode() + data + b"\r\n")
            out.append(("--%s--\r\n" % b).encode())
            payload = b"".join(out)
    data = "\r\n".join(h).encode("ascii") + b"\r\n\r\n" + payload
    for ln in data.split(b"\r\n"):
        assert len(ln) < 998, name
        assert all(c < 128 for c in ln), (name, ln[:60])
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(data)
    return mid


def qdate(minutes):
    """Date of a quoted earlier message: some minutes before the next message."""
    return date(COUNT[0], -minutes)


def parent_id(tag):
    return "<%s@%s>" % (hashlib.md5(tag.encode()).hexdigest()[:18], R.choice(["example.com", "example.net", "example.org"]))


CLIENTS = [
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
    "X-Mailer: Apple Mail (2.3774.300.61.1.2)",
    "X-Mailer: Microsoft Outlook 16.0",
    "User-Agent: Roundcube Webmail/1.6.9",
    "User-Agent: Mutt/2.2.13 (2024-03-09)",
    "X-Mailer: iPhone Mail (21G93)",
    "User-Agent: K-9 Mail for Android",
    "User-Agent: Evolution 3.52.3",
    "X-Mailer: Foxmail 7.2.25.228[cn]",
    "User-Agent: Alpine 2.26 (DEB 649 2022-06-02)",
]


def client():
    return R.choice(CLIENTS)


# ------------------------------------------------------------------ people
PEOPLE = [("Alice Meyer", "alice.meyer"), ("Bob Tanaka", "bob"), ("Carla Rossi", "carla.rossi"),
          ("Dmitri Ivanov", "d.ivanov"), ("Eva Kowalska", "eva.k"), ("Femke de Vries", "femke"),
          ("Gao Wei", "gao.wei"), ("Hana Kim", "hana.kim"), ("Ines Duarte", "ines"),
          ("Jorge Ruiz", "jruiz"), ("Karl Braun", "karl.braun"), ("Lea Martin", "lea"),
          ("Mehmet Yilmaz", "mehmet"), ("Nguyen Thi Lan", "lan.nguyen"), ("Olga Petrova", "olga"),
          ("Priya Raman", "priya"), ("Quentin Leroy", "q.leroy"), ("Rina Sato", "rina")]
DOMS = ["example.com", "example.net", "example.org", "corp.example", "uni.example.edu", "studio.example"]


def person(dom=None):
    n, l = R.choice(PEOPLE)
    return n, "%s <%s@%s>" % (n, l, dom or R.choice(DOMS))


def two(dom=None):
    a = person(dom)
    b = person()
    while b[0] == a[0]:
        b = person()
    return a, b


def third(a, b, dom=None):
    c = person(dom)
    while c[0] in (a[0], b[0]):
        c = person(dom)
    return c


def first(n):
    return n.split()[0] if not n.startswith("Nguyen") else "Lan"


# English human mail about one's own absence
EN_AWAY = [
    ("Out next week", "Hi {to},\n\nJust a heads-up that I'll be out next week ({d1} to {d2}) for a family thing. I won't have my laptop with me.\n\nIf the invoice run needs a decision, {cover} can sign off. Otherwise I'll pick it up when I'm back.\n\nThanks,\n{me}"),
    ("Away {d1}-{d2}", "Hi all,\n\nI'm taking some time off from {d1} through {d2}. I'll be checking mail maybe once a day, so please don't expect quick answers.\n\nFor anything urgent on the migration, ping {cover} on chat.\n\n{me}"),
    ("Re: Thursday review", "Sorry {to}, I should have said earlier: I'm on holiday from Thursday and won't be able to join. Can we move it to the week after, or can {cover} present in my place? The slides are in the shared folder.\n\n{me}"),
    ("Out of the office Friday", "Hi {to},\n\nI'm out of the office this Friday (dentist in the morning, then I'm taking the rest of the day). I've blocked it in my calendar too.\n\nThe draft contract is with {cover}; she knows where everything is.\n\nHave a good weekend,\n{me}"),
    ("Parental leave from next month", "Dear team,\n\nAs most of you know, our baby is due in a few weeks, and I'll be on parental leave from {d1} until the end of the summer.\n\nI have handed my open projects over to {cover}. I will not be reading work mail during the leave, so please write to {cover} directly rather than to me.\n\nThank you all for being so supportive!\n\n{me}"),
    ("Re: Conference travel", "Hi {to},\n\nYes, I'll be at the conference in Lisbon from {d1} to {d2}, so I'll be mostly offline during the day. Evenings I can answer short things.\n\nIf you want to meet there, let me know - I'm presenting on Wednesday afternoon.\n\nBest,\n{me}"),
    ("Vacation handover", "Hi {cover},\n\nhere's my handover before my vacation ({d1}-{d2}):\n\n1. The supplier call on Tuesday - notes template is in the wiki.\n2. Two open tickets with the print shop; both just need a nudge.\n3. Please approve the timesheets on Friday.\n\nI won't set up an automatic reply because half our customers then reply to it, so if someone writes to me, could you keep an eye on my shared inbox?\n\nThanks a lot,\n{me}"),
    ("Sick today", "Hi {to},\n\nI'm ill today and won't be in. I'll try to look at mail this afternoon if I feel better. {cover} has the keys to the store room.\n\nSorry,\n{me}"),
]
EN_BACK = [
    ("Back from holiday - catching up", "Hi {to},\n\nI'm back from two weeks in the mountains and working through about 600 messages, so apologies if I missed something you sent. If it's urgent, please resend or just ping me.\n\nCheers,\n{me}"),
    ("Re: Quarterly numbers", "Hi {to},\n\nsorry for the late reply - I was on leave until yesterday and only now saw this. The numbers look right to me except the March travel line, which I think is double-counted.\n\n{me}\n\nOn {pdate}, {to} wrote:\n> Could you check the quarterly numbers before Friday?\n> They go to the board next week."),
    ("Re: Your question about the venue", "Dear {to},\n\nApologies for the slow answer; I was away on holiday and my colleague was also out, so your message sat in our inbox for a week. Yes, the hall is free on the 14th and seats 120.\n\nKind regards,\n{me}"),
    ("Re: Draft agenda", "Hi {to},\n\nJust back from parental leave and catching up. The draft agenda is fine by me. One thing: can we start at 9:30 instead of 9? Trains.\n\nBest,\n{me}\n\n> Attached is the draft agenda for the workshop. Comments welcome\n> until Monday."),
    ("Re: Invoice 2026-0419", "Hi {to},\n\nI was off sick last week, sorry - I see your reminder now. Payment went out this morning, you should have it in two or three days.\n\nRegards,\n{me}"),
    ("I'm back", "Hi all,\n\nBack at my desk after the conference. Thanks {cover} for covering. If you sent me anything while I was away and didn't get an answer, assume I haven't read it yet and please forward it again.\n\n{me}"),
]
AUTO_QUOTES = [
    ("Automatic reply: {topic}", "I am out of the office until {d2} with limited access to email.\nFor urgent matters please contact {cover_addr}."),
    ("Out of Office: {topic}", "Thank you for your message. I am currently on annual leave and will return on {d2}.\nYour email will not be forwarded."),
    ("Abwesenheitsnotiz: {topic}", "Vielen Dank fuer Ihre Nachricht. Ich bin bis {d2} nicht im Buero.\nIn dringenden Faellen wenden Sie sich bitte an {cover_addr}."),
    ("Auto: {topic}", "I'm away at a trade fair this week and will reply when I'm back."),
    ("Réponse automatique : {topic}", "Je suis absente jusqu'au {d2}. Pour toute urgence, contactez {cover_addr}."),
    ("[Out of office] {topic}", "Hello, I'm on vacation until {d2}. Messages are not read in the meantime."),
]
TOPICS = ["Q3 budget", "invoice 4471", "Project Falcon kickoff", "Contract renewal", "Board pack", "Venue booking",
          "Shipment to Rotterdam", "Website copy", "Release 2.4 notes", "Your application", "Choir rehearsal schedule"]
REPLY_TO_AUTO = [
    "Thanks - no rush, it can wait until you're back. Enjoy the break!\n\n{me}",
    "Hi {cover},\n\n{to}'s automatic reply says to contact you. Could you confirm the delivery date for the order below? The customer is asking.\n\nThanks,\n{me}",
    "Ha, I forgot you were away. Ignore my previous mail, I'll sort it with {cover}.\n\n{me}",
    "Hi {to},\n\nI got your out-of-office reply; I'll resend this when you're back on {d2}. Just so it's at the top of your inbox.\n\n{me}",
    "Noted, thanks. Adding {cover} in Cc as your reply suggests.\n\n{me}",
]
FWD_AUTO = [
    "FYI - {to} is away until {d2}, see below. Who covers the supplier contract meanwhile?",
    "Looks like {to} is on holiday. Can you take this one? Original question is further down.",
    "{cover}, I'm getting this auto-reply from {to}. Do you know if the budget still needs his sign-off or can you approve?",
    "Forwarding so you know: our contact at the agency is out for three weeks. We should push the launch.",
]
ADDR_CHANGED = [
    ("My new email address", "Hi everyone,\n\nplease note my new email address: {new}\n\nThe old one ({old}) will stop working at the end of the month, when I switch providers. Please update your address books.\n\nThanks,\n{me}"),
    ("Change of address", "Dear friends,\n\nWe have moved! Our new postal address is 12 Example Lane, Springfield. My email has changed too: please write to {new} from now on; the old address no longer exists after the 30th.\n\nLove,\n{me}"),
    ("Re: Did you get my mail?", "Hi {to},\n\nNo, I never got it - you sent it to {old}, which doesn't exist any more since the university closed our alumni accounts. Use {new} instead.\n\n{me}"),
    ("Updated contact details", "Hello,\n\nFollowing our company's rebrand, my address has changed from {old} to {new}. Mail to the old domain will be forwarded for a few months, but please update your records.\n\nBest regards,\n{me}"),
    ("Re: Newsletter", "Hi,\n\nplease take {old} off your list and add {new} instead. The old mailbox is closed; I'm only reading this because I still have the forwarding on.\n\nThanks,\n{me}"),
    ("Re: Club contact list", "Hi {to},\n\nsmall correction for the contact list: my old work address in there is no longer valid (I left that job in spring). Please use {new}.\n\nSee you Saturday,\n{me}"),
]
LEFT = [
    ("{who} has left the company", "Dear all,\n\n{who} left {org} on Friday. Thank you, {whofirst}, for five great years!\n\nPlease no longer write to {old}. The mailbox will be closed at the end of the month. Customer questions go to {cover_addr}, and internal questions about the reporting project to {cover}.\n\nBest regards,\nHR Team"),
    ("Mailbox of {who}", "Hi team,\n\nIT here. As agreed with HR, the mailbox {old} has been converted to a shared mailbox for 30 days and will then be deleted. Please don't use this address any more and update any distribution lists or vendor portals that still point to it.\n\nIf you need access to old mail in it, open a ticket.\n\nThanks,\n{me}\nIT Service Desk"),
    ("Re: Contact at {org}", "Hello {to},\n\nthanks for your mail. {who} is no longer with us; she moved to another company last month. I have taken over her accounts, so please write to me at {cover_addr} from now on.\n\nKind regards,\n{cover}"),
    ("Farewell and thanks", "Hi all,\n\ntoday is my last day at {org}. After today {old} will no longer be read, so if you want to stay in touch, my private address is {new}.\n\nIt was a pleasure working with all of you.\n\n{who}"),
    ("Please update: supplier contact", "Dear partners,\n\nour purchasing contact has changed. {who} has retired, and orders should no longer be sent to {old}. Please send them to {cover_addr} instead.\n\nWith thanks,\n{me}\nPurchasing"),
]
MOBILE = [("Re: {topic}", "Sounds good, thanks!"), ("Re: {topic}", "Ok, on my way."), ("Re: {topic}", "Yes please."),
          ("Re: {topic}", "Will do when I'm back at my desk."), ("Re: {topic}", "Running 10 min late, start without me."),
          ("Re: {topic}", "Got it. Out today, back tomorrow."), ("Re: {topic}", "👍"),
          ("Re: {topic}", "Can't talk now, in a meeting. Call you at 3?")]
SIGS = ["Sent from my iPhone", "Sent from my iPad", "Sent from my Galaxy", "Get Outlook for Android",
        "Sent from Mail for Windows", "Sent from my mobile device. Please excuse typos.", "Sent from Yahoo Mail for iPhone"]
THANKS = [
    ("Thank you!", "Dear {to},\n\nThank you so much for the flowers and the lovely card. It meant a lot to all of us.\n\nWith warm wishes,\n{me}"),
    ("Thanks for yesterday", "Hi {to},\n\nthanks again for hosting yesterday's workshop. The group loved the session on interviews. I'll send the photos once I've sorted them.\n\nBest,\n{me}"),
    ("Re: Reference letter", "Dear {to},\n\nI just heard that I got the position - thank you for writing the reference letter! I'm very grateful.\n\nKind regards,\n{me}"),
    ("Thanks for covering", "Hi {to},\n\nthank you for covering my inbox while I was away. I saw you handled the Rotterdam shipment - much appreciated. Lunch is on me this week.\n\n{me}"),
    ("Re: Donation receipt", "Hello,\n\nMany thanks for the receipt, and thank you for the work you do. We'll give again next year.\n\nBest regards,\n{me}"),
]
MEETING = [
    ("Meeting moved to Thursday", "Hi all,\n\nthe team meeting is moved from Tuesday to Thursday 10:00, same room (3.14). {cover} is travelling on Tuesday.\n\nAgenda stays the same.\n\n{me}"),
    ("Re: Can't make tomorrow's call", "No problem, {to}. I'll send you the notes afterwards. We'll be mostly going through the delivery schedule.\n\n{me}"),
    ("Minutes: steering group {d1}", "Hi all,\n\nminutes from today:\n\n- Budget: approved with the changes from last week.\n- Hiring: two offers out, one accepted.\n- Next meeting: {d2}, 14:00. {cover} will be on leave, {to} chairs.\n\nCorrections by Friday please.\n\n{me}"),
    ("Room booking for Monday", "Hi {to},\n\ncould you book the large meeting room for Monday 9-12? We have visitors from the Lyon office. Coffee for eight would be great.\n\nThanks,\n{me}"),
    ("Re: 1:1 next week", "Hi {to},\n\nnext week I'm out Wednesday to Friday, so can we do our 1:1 on Monday instead? Any time after 11 works.\n\n{me}"),
    ("Agenda for Friday's retro", "Hi team,\n\nfor Friday's retro, please add items to the board by Thursday evening. I'll be out on Thursday, so {cover} will open the meeting if I'm late on Friday.\n\n{me}"),
]
POLICY = [
    ("Reminder: out-of-office etiquette", "Hi all,\n\nahead of the summer holidays, a few reminders from the comms team:\n\n1. Set your automatic reply before you leave, with your return date and a colleague to contact.\n2. Do not include your mobile number or home details in it.\n3. Do not set an automatic reply on shared mailboxes (sales@, info@) - customers receive it for every mail.\n4. Turn it off when you are back.\n\nThank you,\n{me}\nInternal Communications"),
    ("New absence policy from 1 July", "Dear colleagues,\n\nfrom 1 July, all leave requests go through the new HR portal. Please also add your absence to the team calendar. For absences longer than three days, agree a deputy with your manager and name them in your out-of-office message.\n\nQuestions: reply to this mail.\n\nHR"),
    ("How to set up your automatic reply (new mail system)", "Hi everyone,\n\nsince the move to the new mail system, several people asked where the out-of-office setting is. In webmail: Settings > Mail > Automatic replies. In the desktop client: File > Automatic Replies.\n\nTip: set a start and end date so you don't forget to switch it off. Please don't forward your mail to a private address instead; that is against policy.\n\nIT Service Desk\n{me}"),
    ("Holiday cover rota - August", "Hi team,\n\nhere's the cover rota for August. If you're away, make sure the person covering you is in your auto-reply, and hand over open tickets the day before.\n\nWeek 32: {to} covers {cover}\nWeek 33: {cover} covers {me}\nWeek 34: {me} covers {to}\n\nShout if something's wrong.\n{me}"),
]


def fill(t, **kw):
    return t.format(**kw)


def std_kw(a, b, c=None):
    c = c or third(a, b)
    d1 = R.choice(["12 May", "3 June", "21 July", "4 August", "18 August", "1 September", "22 December"])
    d2 = R.choice(["19 May", "14 June", "2 August", "15 August", "29 August", "12 September", "5 January"])
    return dict(me=a[0], to=first(b[0]), cover=c[0], cover_addr=addr_of(c[1]), d1=d1, d2=d2,
                pdate=R.choice(["Mon, 4 May 2026 at 09:12", "Tue, 9 Jun 2026 at 17:40", "3 Aug 2026 14:02"]),
                topic=R.choice(TOPICS))


def en_kinds():
    for k in range(24):
        a, b = two("corp.example" if k % 2 else None)
        s, t = EN_AWAY[k % len(EN_AWAY)]
        kw = std_kw(a, b)
        write("human-away-en-%02d" % k, a[1], b[1], fill(s, **kw), fill(t, **kw), "us-ascii" if k % 3 else "utf-8",
              client=client(), in_reply=parent_id("away%d" % k) if s.startswith("Re:") else None)
    for k in range(18):
        a, b = two()
        s, t = EN_BACK[k % len(EN_BACK)]
        kw = std_kw(a, b)
        write("human-back-en-%02d" % k, a[1], b[1], fill(s, **kw), fill(t, **kw), "us-ascii",
              client=client(), in_reply=parent_id("back%d" % k) if s.startswith("Re:") else None)
    for k in range(20):
        a, b = two()
        c = third(a, b)
        kw = std_kw(a, b, c)
        qs, qt = AUTO_QUOTES[k % len(AUTO_QUOTES)]
        subj = "Re: " + fill(qs, **kw)
        rt = REPLY_TO_AUTO[k % len(REPLY_TO_AUTO)]
        body = fill(rt, **kw) + "\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n" % (
            b[1], qdate(95), a[1], fill(qs, **kw), fill(qt, **kw))
        if k % 2:
            body = fill(rt, **kw) + "\n\nOn %s, %s wrote:\n" % (qdate(180), b[1]) + "\n".join("> " + l for l in fill(qt, **kw).split("\n"))
        write("reply-to-autoreply-%02d" % k, a[1], b[1], subj, body, "utf-8" if "é" in subj else "us-ascii",
              cc=c[1] if "Cc" in rt or "{cover}," in rt else None, client=client(), in_reply=parent_id("auto%d" % k))
    for k in range(14):
        a, b = two("corp.example")
        c = third(a, b, "corp.example")
        kw = std_kw(a, b, c)
        qs, qt = AUTO_QUOTES[(k + 2) % len(AUTO_QUOTES)]
        body = fill(FWD_AUTO[k % len(FWD_AUTO)], **kw) + "\n\n%s\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n\n> -----Original Message-----\n> From: %s\n> Subject: %s\n>\n> Hi %s, could you send me the signed copy by Friday?\n" % (
            a[0], b[1], qdate(1500), fill(qs, **kw), a[1], fill(qt, **kw), a[1], kw["topic"], kw["to"])
        write("fwd-autoreply-comment-%02d" % k, a[1], c[1], "Fwd: " + fill(qs, **kw), body, "utf-8", client=client())
    for k in range(14):
        a, b = two()
        s, t = ADDR_CHANGED[k % len(ADDR_CHANGED)]
        kw = std_kw(a, b)
        local = a[1].split("<")[1].split("@")[0]
        kw.update(old="%s@oldisp.example" % local, new="%s@%s" % (local, R.choice(["example.net", "mail.example.org", "home.example"])))
        to = b[1] if k % 3 else "undisclosed-recipients:;"
        write("human-address-changed-en-%02d" % k, a[1], to, fill(s, **kw), fill(t, **kw), "us-ascii", client=client(),
              in_reply=parent_id("addr%d" % k) if s.startswith("Re:") else None)
    for k in range(12):
        a, b = two("corp.example")
        c = third(a, b, "corp.example")
        w = third(a, c, "corp.example")
        kw = std_kw(a, b, c)
        local = w[1].split("<")[1].split(">")[0]
        kw.update(who=w[0], whofirst=first(w[0]), old=local, org=R.choice(["Example Corp", "Northwind", "Contoso Example"]),
                  new="%s@home.example" % local.split("@")[0])
        s, t = LEFT[k % len(LEFT)]
        frm = "HR Team <hr@corp.example>" if "HR Team" in t else (w[1] if t.endswith("{who}") else c[1] if t.endswith("{cover}") else a[1])
        to = "all-staff@corp.example" if k % 2 == 0 and not s.startswith("Re:") else b[1]
        write("colleague-left-%02d" % k, frm, to, fill(s, **kw), fill(t, **kw), "us-ascii", client=client(),
              in_reply=parent_id("left%d" % k) if s.startswith("Re:") else None)
    for k in range(16):
        a, b = two()
        s, t = MOBILE[k % len(MOBILE)]
        kw = std_kw(a, b)
        sig = SIGS[k % len(SIGS)]
        body = t + "\n\n" + sig + "\n"
        if k % 2 == 0:
            body += "\n> On %s, %s wrote:\n> \n> Are we still on for %s?\n" % (qdate(40), b[1], kw["topic"])
        cl = "X-Mailer: iPhone Mail (21G93)" if "iPhone" in sig or "iPad" in sig else client()
        write("mobile-oneline-%02d" % k, a[1], b[1], fill(s, **kw), body, "utf-8" if k == 6 else "us-ascii", client=cl,
              in_reply=parent_id("mob%d" % k), html="<div dir=\"ltr\">%s</div><div><br></div><div>%s</div>" % (t, sig) if k % 3 == 0 else None)
    for k in range(10):
        a, b = two()
        s, t = THANKS[k % len(THANKS)]
        kw = std_kw(a, b)
        write("thank-you-en-%02d" % k, a[1], b[1], fill(s, **kw), fill(t, **kw), "us-ascii", client=client(),
              in_reply=parent_id("ty%d" % k) if s.startswith("Re:") else None)
    for k in range(12):
        a, b = two("corp.example")
        s, t = MEETING[k % len(MEETING)]
        kw = std_kw(a, b)
        write("meeting-en-%02d" % k, a[1], b[1] if k % 2 else "team-ops@corp.example", fill(s, **kw), fill(t, **kw), "us-ascii",
              client=client(), in_reply=parent_id("mt%d" % k) if s.startswith("Re:") else None)
    for k in range(8):
        a, b = two("corp.example")
        s, t = POLICY[k % len(POLICY)]
        kw = std_kw(a, b)
        write("ooo-policy-en-%02d" % k, a[1], "all-staff@corp.example", fill(s, **kw), fill(t, **kw), "us-ascii",
              client="X-Mailer: Microsoft Outlook 16.0",
              html="<html><body><p>%s</p></body></html>" % fill(t, **kw).replace("\n\n", "</p><p>").replace("\n", "<br>") if k % 2 else None)


# ------------------------------------------------------------------ lists
LISTS = [
    # (kind, list address, list name, topic subjects and bodies)
    ("mailman2", "mailop@lists.example.org", "mailop", "Mailing list for mail operators"),
    ("mailman2", "gardeners@lists.example.net", "gardeners", "Allotment society"),
    ("mailman3", "users@lists.example.org", "users", "Project users"),
    ("mailman3", "choir@lists.example.com", "choir", "Community choir"),
    ("googlegroups", "astro-club@googlegroups.example.com", "astro-club", "Amateur astronomy"),
    ("googlegroups", "parents-year5@googlegroups.example.com", "parents-year5", "Year 5 parents"),
    ("groupsio", "main@hamradio.groups.example.io", "hamradio", "Ham radio operators"),
    ("groupsio", "main@quilters.groups.example.io", "quilters", "Quilting circle"),
    ("discourse", "forum@discuss.example.org", "discuss", "Discourse forum"),
    ("listserv", "HISTNET-L@LISTSERV.UNI.EXAMPLE.EDU", "HISTNET-L", "History network"),
    ("sympa", "linguistes@listes.example.fr", "linguistes", "Liste des linguistes"),
    ("sympa", "rezo-admin@listes.example.org", "rezo-admin", "Network admins"),
]
LIST_THREADS = [
    ("Vacation responders replying to list posts", "Hi all,\n\nevery time I post here I get three or four out-of-office replies from subscribers. Is there a way for the list to stop passing those on, or for us to ask people to set their responders not to answer list mail? The well-behaved ones look at Precedence: list and List-Id and stay quiet; the others don't.\n\n{me}"),
    ("Re: Vacation responders replying to list posts", "> every time I post here I get three or four out-of-office replies\n\nSame here. I think most of them are from one company's servers; their responders ignore the list headers. I wrote to their postmaster last year and got, ironically, an out-of-office reply.\n\n{me}"),
    ("Re: Vacation responders replying to list posts", "The list already drops replies that say they are automatic, I believe. The ones you see are probably sent directly to you, not via the list, because your From is in the post. Nothing the list can do about that; filter them locally.\n\n{me}"),
    ("Bounce processing after the server move", "Hello,\n\nafter we moved the list to the new server, bounce processing seems to disable more members than before. Twelve people were unsubscribed last week and at least two of them say their mailboxes work fine. Has anyone seen this? Which bounce score threshold do you use?\n\n{me}"),
    ("Re: Bounce processing after the server move", "We use a threshold of 5.0 and reset the score after 7 days. Check that the new server's DNS has a proper reverse entry, otherwise a large provider may temporarily refuse you, and those soft failures count against the members.\n\n{me}"),
    ("Re: Why did I get unsubscribed?", "Hi {to},\n\nthe list software disabled your subscription because mail to you kept coming back for a few days last month - probably when your mailbox was full. I've re-enabled you. Sorry for the trouble!\n\n{me} (list admin)"),
    ("Re: Is this list still alive?", "Yes, it's alive - just quiet in summer. Half of us are on holiday, I suppose.\n\n{me}"),
    ("Off-topic: holiday photos", "Since a few of you asked, here are the photos from the walk last Saturday: https://photos.example.org/album/walk\n\nBack to normal topics now :)\n\n{me}"),
    ("Re: Meeting next month", "I'll be away the whole of next month (visiting family), so count me out this time. Have fun, and somebody please take notes for the newsletter.\n\n{me}"),
    ("Re: New member introduction", "Welcome, {to}! Good to have you. Don't worry about the quiet weeks, we get busy again in September.\n\n{me}"),
    ("Re: Mail to a member keeps returning", "{to}, I tried to write to Peter off-list and my mail came back saying the address does not exist. I think he changed jobs. Does anyone have his new address? Please reply off-list.\n\n{me}"),
    ("Question about SPF and forwarding", "Hi,\n\nour members forward list mail to other mailboxes and some of those now reject it because of SPF. Is ARC the answer here, or should the list rewrite From? What do other lists do?\n\n{me}"),
    ("Re: Question about SPF and forwarding", "We rewrite From only for domains with a strict DMARC policy. Forwarded copies still fail sometimes, but far fewer people get disabled than before.\n\n{me}"),
    ("Tonight's observing session cancelled", "Clouds all evening according to the forecast, so we're cancelling tonight. Next attempt Friday if the sky is clear.\n\n{me}"),
    ("Re: Rehearsal on Thursday", "I'm back from holiday, so count me in for Thursday. Do we have the new scores yet?\n\n{me}"),
    ("Seed swap in March", "Hi everyone,\n\nthe seed swap will be on 14 March at the community hall, 10 to 1. Bring labelled envelopes. Tea and cake as usual.\n\n{me}"),
]


def list_headers(kind, laddr, lname, desc, k, sender):
    local, dom = laddr.split("@")
    h = []
    if kind == "mailman2":
        h = ["Sender: \"%s\" <%s-bounces@%s>" % (lname, local, dom), "Errors-To: %s-bounces@%s" % (local, dom),
             "List-Id: %s <%s.%s>" % (desc, local, dom), "List-Unsubscribe: <https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (dom, local, local, dom),
             "List-Archive: <https://%s/pipermail/%s/>" % (dom, local), "List-Post: <mailto:%s>" % laddr,
             "List-Help: <mailto:%s-request@%s?subject=help>" % (local, dom), "Precedence: list", "X-Mailman-Version: 2.1.39"]
    elif kind == "mailman3":
        h = ["Message-ID-Hash: %s" % hashlib.sha1(("%s%d" % (laddr, k)).encode()).hexdigest()[:32].upper(),
             "X-Message-ID-Hash: %s" % hashlib.sha1(("%s%d" % (laddr, k)).encode()).hexdigest()[:32].upper(),
             "X-MailFrom: %s" % sender, "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header",
             "X-Mailman-Version: 3.3.9", "Precedence: list", "List-Id: %s <%s.%s>" % (desc, local, dom),
             "Archived-At: <https://%s/hyperkitty/list/%s/message/%X/>" % (dom, laddr, R.getrandbits(40)),
             "List-Archive: <https://%s/hyperkitty/list/%s/>" % (dom, laddr), "List-Help: <mailto:%s-request@%s?subject=help>" % (local, dom),
             "List-Owner: <mailto:%s-owner@%s>" % (local, dom), "List-Post: <mailto:%s>" % laddr,
             "List-Subscribe: <mailto:%s-join@%s>" % (local, dom), "List-Unsubscribe: <mailto:%s-leave@%s>" % (local, dom)]
    elif kind == "googlegroups":
        h = ["Mailing-list: list %s; contact %s+owners@%s" % (laddr, local, dom), "Precedence: list",
             "List-ID: <%s.%s>" % (local, dom), "X-Spam-Checked-In-Group: %s" % laddr,
             "X-Original-Sender: %s" % sender, "List-Post: <https://groups.example.com/group/%s/post>, <mailto:%s>" % (local, laddr),
             "List-Help: <https://support.example.com/>, <mailto:%s+help@%s>" % (local, dom),
             "List-Archive: <https://groups.example.com/group/%s/>" % local,
             "List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@%s>,\r\n <https://groups.example.com/group/%s/subscribe>" % (R.randint(10 ** 11, 10 ** 12), dom, local)]
    elif kind == "groupsio":
        h = ["Sender: %s@%s" % (local, dom), "List-Id: <%s.%s>" % (local, dom), "Mailing-List: list %s; contact %s+owner@%s" % (laddr, local, dom),
             "Precedence: list", "List-Subscribe: <mailto:%s+subscribe@%s>" % (local, dom),
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Unsubscribe: <https://%s/g/%s/unsub/%d>" % (dom, lname, R.randint(10 ** 6, 10 ** 7)),
             "X-Groupsio-Message-Id: %d" % R.randint(1000, 99999)]
    elif kind == "discourse":
        h = ["Reply-To: %s <reply+%s@%s>" % (desc, hashlib.md5(str(k).encode()).hexdigest(), dom),
             "List-Unsubscribe: <https://%s/email/unsubscribe/%s>" % (dom, hashlib.md5(str(k + 1).encode()).hexdigest()),
             "List-ID: %s <%s.%s>" % (desc, lname, dom), "List-Archive: https://%s/t/%d" % (dom, R.randint(100, 9999)),
             "Precedence: list", "X-Discourse-Post-Id: %d" % R.randint(1000, 99999), "X-Discourse-Topic-Id: %d" % R.randint(100, 9999)]
    elif kind == "listserv":
        h = ["Sender: %s <%s>" % (desc, laddr), "Reply-To: %s <%s>" % (desc, laddr),
             "List-Help: <https://LISTSERV.UNI.EXAMPLE.EDU/cgi-bin/wa?LIST=%s>, <mailto:LISTSERV@LISTSERV.UNI.EXAMPLE.EDU?body=INFO%%20%s>" % (local, local),
             "List-Unsubscribe: <mailto:%s-signoff-request@LISTSERV.UNI.EXAMPLE.EDU>" % local,
             "List-Subscribe: <mailto:%s-subscribe-request@LISTSERV.UNI.EXAMPLE.EDU>" % local,
             "List-Owner: <mailto:%s-request@LISTSERV.UNI.EXAMPLE.EDU>" % local, "List-Archive: <https://LISTSERV.UNI.EXAMPLE.EDU/cgi-bin/wa?LIST=%s>" % local]
    elif kind == "sympa":
        h = ["List-Id: <%s.%s>" % (local, dom), "List-Help: <mailto:sympa@%s?subject=help>" % dom,
             "List-Subscribe: <mailto:sympa@%s?subject=subscribe%%20%s>" % (dom, local),
             "List-Unsubscribe: <mailto:sympa@%s?subject=unsubscribe%%20%s>" % (dom, local),
             "List-Post: <mailto:%s>" % laddr, "List-Owner: <mailto:%s-request@%s>" % (local, dom),
             "List-Archive: <https://%s/sympa/arc/%s>" % (dom, local), "Precedence: list", "X-Loop: %s" % laddr,
             "X-Sequence: %d" % R.randint(100, 9999)]
    return h


def list_return_path(kind, laddr, n, member):
    local, dom = laddr.split("@")
    if kind == "mailman2":
        return "%s-bounces+%s=%s@%s" % (local, member.split("@")[0], member.split("@")[1], dom)
    if kind == "mailman3":
        return "%s-bounces@%s" % (local, dom)
    if kind == "googlegroups":
        return "%s+bncBC%s@%s" % (local, hashlib.md5(str(n).encode()).hexdigest()[:20].upper(), dom)
    if kind == "groupsio":
        return "bounce+%X+%d+%s@%s" % (R.getrandbits(24), R.randint(100, 999), member.replace("@", "="), dom)
    if kind == "discourse":
        return "forum@discuss.example.org"
    if kind == "listserv":
        return "owner-%s@LISTSERV.UNI.EXAMPLE.EDU" % local
    return "%s-owner@%s" % (local, dom)


def lists():
    n = 0
    for li, (kind, laddr, lname, desc) in enumerate(LISTS):
        for j in range(4):
            a, b = two()
            s, t = LIST_THREADS[(li * 3 + j) % len(LIST_THREADS)]
            kw = std_kw(a, b)
            tag = "[%s] " % lname if kind in ("mailman2", "mailman3", "groupsio", "sympa") else ""
            subj = s
            if s.startswith("Re: ") and tag:
                subj = "Re: " + tag + s[4:]
            elif tag:
                subj = tag + s
            body = fill(t, **kw)
            if kind == "mailman2":
                body += "\n_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n" % (lname, laddr, laddr.split("@")[1], lname)
            elif kind == "mailman3":
                body += "\n_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n" % (lname, laddr, lname, laddr.split("@")[1])
            elif kind == "googlegroups":
                body += "\n\n-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@%s.\nTo view this discussion visit https://groups.example.com/d/msgid/%s/%X\n" % (lname, lname, laddr.split("@")[1], lname, R.getrandbits(48))
            elif kind == "groupsio":
                body += "\n\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\nView/Reply Online (#%d): https://%s/g/%s/message/%d\nMute This Topic: https://%s/mt/%d\nGroup Owner: %s+owner@%s\nUnsubscribe: https://%s/g/%s/leave\n-=-=-=-=-=-=-=-=-=-=-=-\n" % (
                    1000 + li * 10 + j, laddr.split("@")[1], lname, 1000 + j, laddr.split("@")[1], R.randint(10 ** 7, 10 ** 8), lname, laddr.split("@")[1], laddr.split("@")[1], lname)
            elif kind == "discourse":
                body = "%s\n\n---\n[Visit Topic](https://discuss.example.org/t/%d/%d) or reply to this email to respond.\n\nTo unsubscribe from these emails, click here.\n" % (body, 100 + j, j + 2)
            elif kind == "listserv":
                body += "\n\n########################################################################\n\nTo unsubscribe from the %s list, click the following link:\nhttps://LISTSERV.UNI.EXAMPLE.EDU/cgi-bin/wa?SUBED1=%s&A=1\n" % (lname, lname)
            elif kind == "sympa":
                body += "\n\n--\nListe %s - %s\n" % (lname, laddr)
            frm = a[1]
            if kind == "discourse":
                frm = "%s via Discuss <forum@discuss.example.org>" % a[0]
            elif kind == "googlegroups" and j % 2:
                frm = "'%s' via %s <%s>" % (a[0], lname, laddr)
            to = laddr if kind not in ("discourse",) else b[1]
            write("list-%s-%s-%02d" % (kind, lname.lower(), j), frm, to, subj, body, "utf-8" if kind == "sympa" else "us-ascii",
                  extra=list_headers(kind, laddr, lname, desc, n, addr_of(a[1])),
                  via=laddr.split("@")[1].lower() if kind != "listserv" else "listserv.uni.example.edu", rcpt=addr_of(b[1]),
                  return_path=list_return_path(kind, laddr, n, addr_of(b[1])), client=client() if kind not in ("discourse",) else None,
                  in_reply=parent_id("%s%d" % (lname, j)) if s.startswith("Re:") else None)
            n += 1


# ------------------------------------------------------------------ other languages
# Each: (lang, charsets, [(subject, body)]) - people writing about their absence,
# coming back, an address that changed, a colleague who left, thanks and meetings.
INTL = {
    "zh": (["gbk", "gb2312", "gb18030", "big5"], [
        ("下周休假", "王经理：\n\n您好！我下周一到周五休年假，期间不方便查看邮件。如有急事请联系李明，他会帮我处理合同的事情。\n\n谢谢！\n张伟"),
        ("回复：关于季度报表", "刘老师：\n\n不好意思这么晚才回复，我上周请假回老家了，今天才看到您的邮件。报表我已经核对过，没有问题。\n\n陈静"),
        ("我的邮箱地址已更换", "各位好：\n\n我的邮箱地址已经更换，旧邮箱将不再使用，请以后发到新地址。麻烦大家更新一下通讯录。\n\n谢谢！\n赵磊"),
        ("关于李华离职的通知", "各位同事：\n\n李华已于上周五离职，请不要再给她的邮箱发邮件。客户相关事宜请联系王芳。\n\n人力资源部"),
        ("谢谢大家", "各位：\n\n感谢大家这几年的照顾和帮助！今天是我在公司的最后一天，以后常联系。\n\n孙婷"),
        ("回复：明天的会议", "好的，收到。我明天上午在外面开会，下午两点以后可以参加。\n\n发自我的iPhone"),
        ("休假回来了", "大家好，\n\n我休假回来了，邮件比较多，正在慢慢处理。如果有紧急的事情请直接打电话给我。\n\n周杰"),
    ]),
    "zh-tw": (["big5"], [
        ("下週請假", "陳經理您好：\n\n我下週一至週三請假，期間無法回覆郵件。急事請聯絡林小姐。\n\n謝謝\n黃志明"),
        ("回覆：會議時間", "不好意思，我前幾天休假，剛回來才看到您的信。週四下午可以開會。\n\n吳美玲"),
        ("更改電子郵件地址通知", "各位好：\n\n我的電子郵件地址已經更改，舊的信箱將不再使用，請更新您的通訊錄。\n\n謝謝\n張家豪"),
    ]),
    "ja": (["iso-2022-jp", "shift_jis", "utf-8"], [
        ("来週の不在について", "山田さん\n\nお疲れさまです。来週の月曜から水曜まで休暇をいただきます。\n急ぎの件は佐藤さんにご連絡ください。\n\nよろしくお願いいたします。\n鈴木"),
        ("Re: 見積もりの件", "田中様\n\nお世話になっております。\n休暇のため返信が遅くなり、大変申し訳ございません。\n見積もりの内容で問題ございません。\n\n高橋"),
        ("メールアドレス変更のお知らせ", "関係者各位\n\n来月より、私のメールアドレスが変更になります。\n旧アドレスは今月末で使えなくなりますので、アドレス帳の更新をお願いいたします。\n\n中村"),
        ("退職のご挨拶", "皆様\n\n本日をもちまして退職することになりました。\n長い間大変お世話になりました。今後、このアドレスには連絡しないでください。\n後任は小林が担当いたします。\n\n伊藤"),
        ("ありがとうございました", "加藤さん\n\n昨日はお忙しいところありがとうございました。とても参考になりました。\n\n松本"),
    ]),
    "ko": (["euc-kr", "utf-8"], [
        ("다음 주 휴가 안내", "팀장님,\n\n다음 주 월요일부터 금요일까지 휴가입니다. 급한 일은 박지민 씨에게 연락 부탁드립니다.\n\n감사합니다.\n김민수"),
        ("RE: 회의 일정", "안녕하세요,\n\n휴가 중이라 답장이 늦어 죄송합니다. 목요일 오후 회의 가능합니다.\n\n이서연"),
        ("이메일 주소 변경 안내", "안녕하세요,\n\n제 이메일 주소가 변경되었습니다. 이전 주소는 더 이상 사용하지 않으니 주소록을 업데이트해 주세요.\n\n최영호"),
        ("감사 인사", "여러분,\n\n오늘이 마지막 출근일입니다. 그동안 정말 감사했습니다.\n\n정수진"),
    ]),
    "de": (["iso-8859-1", "utf-8"], [
        ("Urlaub nächste Woche", "Hallo Petra,\n\nnur zur Info: Ich bin nächste Woche im Urlaub und lese keine Mails. Bei dringenden Fragen zum Angebot wende dich bitte an Jürgen.\n\nViele Grüße\nMarkus"),
        ("Re: Protokoll der Sitzung", "Hallo zusammen,\n\nentschuldigt die späte Antwort, ich war zwei Wochen im Urlaub und arbeite gerade meinen Posteingang ab. Das Protokoll passt so.\n\nGruß\nSabine"),
        ("Neue E-Mail-Adresse", "Liebe Freunde,\n\nmeine alte E-Mail-Adresse gibt es ab Ende des Monats nicht mehr. Bitte schreibt mir künftig an meine neue Adresse.\n\nHerzliche Grüße\nUrsula"),
        ("Ausscheiden von Frau Schmidt", "Liebe Kolleginnen und Kollegen,\n\nFrau Schmidt hat unser Unternehmen zum 30. Juni verlassen. Bitte schreiben Sie nicht mehr an ihre Adresse; Anfragen zur Buchhaltung übernimmt ab sofort Herr Wagner.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
        ("Danke!", "Hallo Thomas,\n\nvielen Dank für deine Hilfe beim Umzug am Samstag! Ohne dich hätten wir das nicht geschafft.\n\nLiebe Grüße\nAnna"),
        ("Re: Termin Donnerstag", "Passt, bis Donnerstag.\n\nVon meinem iPhone gesendet"),
    ]),
    "fr": (["iso-8859-1", "utf-8"], [
        ("Absence la semaine prochaine", "Bonjour Claire,\n\nJe serai en congé la semaine prochaine, du lundi au vendredi. Pour toute urgence concernant le devis, merci de contacter Julien.\n\nBonne journée,\nMathieu"),
        ("Re: Compte rendu", "Bonjour à tous,\n\nDésolée pour ma réponse tardive, j'étais en vacances et je rattrape mes mails. Le compte rendu me convient.\n\nAmélie"),
        ("Changement d'adresse e-mail", "Bonjour,\n\nMon adresse e-mail a changé : l'ancienne n'existe plus depuis mon changement de fournisseur. Merci de mettre à jour votre carnet d'adresses.\n\nCordialement,\nFrançois"),
        ("Départ de Mme Dubois", "Chers collègues,\n\nMme Dubois a quitté l'entreprise vendredi. Merci de ne plus écrire à son adresse ; les demandes clients sont désormais traitées par M. Lambert.\n\nLes Ressources humaines"),
        ("Merci beaucoup", "Chère Hélène,\n\nMerci beaucoup pour ton accueil ce week-end, c'était formidable.\n\nBises,\nCamille"),
    ]),
    "es": (["iso-8859-1", "utf-8"], [
        ("Vacaciones la próxima semana", "Hola Marta,\n\nTe aviso que la próxima semana estaré de vacaciones y no revisaré el correo. Para cualquier urgencia con el pedido, habla con Andrés.\n\nUn saludo,\nPablo"),
        ("Re: Presupuesto", "Hola Luis,\n\nPerdona la demora, estuve de baja unos días y acabo de ver tu mensaje. El presupuesto está bien.\n\nSaludos,\nCarmen"),
        ("Nueva dirección de correo", "Hola a todos,\n\nMi dirección de correo ha cambiado; la antigua ya no existe. Por favor, actualizad vuestra agenda.\n\nGracias,\nElena"),
        ("Salida de Javier", "Estimados compañeros:\n\nJavier dejó la empresa el viernes. Por favor, no sigáis escribiendo a su dirección; los temas de logística los lleva ahora Lucía.\n\nRecursos Humanos"),
        ("¡Gracias!", "Querida Rosa,\n\n¡Muchas gracias por el regalo! Nos encantó.\n\nUn abrazo,\nIsabel"),
    ]),
    "pt": (["iso-8859-1", "utf-8"], [
        ("Férias na próxima semana", "Olá Ana,\n\nNa próxima semana estarei de férias e sem acesso ao e-mail. Qualquer urgência, fale com o Rui.\n\nAbraço,\nTiago"),
        ("Re: Relatório mensal", "Bom dia,\n\nDesculpe a demora na resposta, estive de licença e só agora vi a sua mensagem. O relatório está correto.\n\nJoão"),
        ("Mudança de endereço de e-mail", "Olá a todos,\n\nO meu endereço de e-mail mudou. O antigo deixará de existir no fim do mês; por favor atualizem os vossos contactos.\n\nObrigada,\nMariana"),
        ("Obrigado!", "Cara Beatriz,\n\nMuito obrigado pela ajuda com a apresentação. Correu muito bem!\n\nPedro"),
    ]),
    "it": (["iso-8859-1", "utf-8"], [
        ("Ferie la prossima settimana", "Ciao Giulia,\n\nti avviso che la prossima settimana sarò in ferie e non leggerò la posta. Per urgenze sul preventivo scrivi a Marco.\n\nA presto,\nLuca"),
        ("Re: Verbale della riunione", "Buongiorno,\n\nmi scuso per il ritardo, ero in ferie e sto recuperando le email. Il verbale va bene.\n\nFrancesca"),
        ("Nuovo indirizzo email", "Ciao a tutti,\n\nil mio indirizzo email è cambiato: quello vecchio non esiste più. Aggiornate la rubrica, per favore.\n\nGrazie,\nAlessandro"),
        ("Grazie di tutto", "Cari colleghi,\n\noggi è il mio ultimo giorno in azienda. Grazie di tutto! Da lunedì questo indirizzo non sarà più attivo.\n\nChiara"),
    ]),
    "ru": (["koi8-r", "windows-1251", "utf-8"], [
        ("Отпуск на следующей неделе", "Добрый день, Ирина!\n\nНа следующей неделе я в отпуске и почту читать не буду. По срочным вопросам обращайтесь к Сергею.\n\nС уважением,\nАлексей"),
        ("Re: Отчёт за квартал", "Здравствуйте!\n\nИзвините за поздний ответ, я был в отпуске и только сейчас разбираю почту. Отчёт в порядке.\n\nНиколай"),
        ("Новый адрес почты", "Друзья,\n\nмой адрес электронной почты изменился, старый больше не существует. Пожалуйста, обновите адресную книгу.\n\nТатьяна"),
        ("Уход коллеги", "Коллеги,\n\nАнна Смирнова уволилась в пятницу. Просьба больше не писать на её адрес; вопросы по закупкам теперь решает Дмитрий.\n\nОтдел кадров"),
        ("Спасибо!", "Мария, спасибо большое за помощь с переездом!\n\nОльга"),
    ]),
    "pl": (["iso-8859-2", "utf-8"], [
        ("Urlop w przyszłym tygodniu", "Cześć Kasia,\n\nw przyszłym tygodniu jestem na urlopie i nie będę czytać poczty. W pilnych sprawach pisz do Tomka.\n\nPozdrawiam,\nMagda"),
        ("Re: Spotkanie w czwartek", "Dzień dobry,\n\nprzepraszam za późną odpowiedź, byłem na urlopie. Czwartek mi pasuje.\n\nPaweł"),
        ("Zmiana adresu e-mail", "Cześć wszystkim,\n\nmój adres e-mail się zmienił, stary już nie istnieje. Proszę o aktualizację kontaktów.\n\nAgnieszka"),
    ]),
    "nl": (["iso-8859-1", "utf-8"], [
        ("Volgende week vrij", "Hoi Sanne,\n\nvolgende week ben ik op vakantie en lees ik geen mail. Voor dringende zaken kun je bij Pieter terecht.\n\nGroet,\nDaan"),
        ("Re: Offerte", "Hallo,\n\nsorry voor de late reactie, ik was met verlof en werk nu mijn mail bij. De offerte is akkoord.\n\nLotte"),
        ("Nieuw e-mailadres", "Beste allemaal,\n\nmijn e-mailadres is gewijzigd; het oude adres bestaat niet meer. Willen jullie je adresboek bijwerken?\n\nBedankt,\nSem"),
    ]),
    "tr": (["iso-8859-9", "utf-8"], [
        ("Gelecek hafta izindeyim", "Merhaba Ayşe,\n\nGelecek hafta izinde olacağım ve e-postalarıma bakamayacağım. Acil durumlar için Emre'ye ulaşabilirsin.\n\nSaygılarımla,\nMehmet"),
        ("Ynt: Toplantı notları", "Merhaba,\n\nGeç cevap için kusura bakmayın, tatildeydim. Notlar uygun.\n\nZeynep"),
        ("E-posta adresim değişti", "Herkese merhaba,\n\nE-posta adresim değişti, eski adres artık kullanılmıyor. Lütfen rehberinizi güncelleyin.\n\nCan"),
    ]),
    "vi": (["utf-8"], [
        ("Nghỉ phép tuần sau", "Chào anh Hùng,\n\nTuần sau em nghỉ phép, không kiểm tra email được. Có việc gấp anh liên hệ chị Mai giúp em.\n\nCảm ơn anh,\nLan"),
        ("Re: Báo cáo tháng", "Chào chị,\n\nXin lỗi vì trả lời muộn, em vừa đi nghỉ về. Báo cáo đã ổn rồi ạ.\n\nMinh"),
        ("Thay đổi địa chỉ email", "Chào mọi người,\n\nĐịa chỉ email của tôi đã thay đổi, địa chỉ cũ không còn sử dụng nữa. Mong mọi người cập nhật danh bạ.\n\nTuấn"),
    ]),
    "th": (["tis-620", "utf-8"], [
        ("ลาพักร้อนสัปดาห์หน้า", "สวัสดีค่ะคุณสมชาย\n\nสัปดาห์หน้าดิฉันลาพักร้อน จะไม่ได้เช็คอีเมล หากมีเรื่องด่วนกรุณาติดต่อคุณวิภา\n\nขอบคุณค่ะ\nนภา"),
        ("Re: การประชุมวันพฤหัส", "สวัสดีครับ\n\nขอโทษที่ตอบช้า ผมเพิ่งกลับจากลาพักครับ วันพฤหัสบ่ายสะดวกครับ\n\nประเสริฐ"),
        ("เปลี่ยนอีเมล", "สวัสดีทุกคน\n\nอีเมลของฉันเปลี่ยนแล้ว อีเมลเก่าจะไม่ใช้อีกต่อไป กรุณาอัปเดตรายชื่อด้วยนะคะ\n\nสุดา"),
    ]),
    "id": (["iso-8859-1", "utf-8"], [
        ("Cuti minggu depan", "Halo Budi,\n\nMinggu depan saya cuti dan tidak membaca email. Untuk hal mendesak, silakan hubungi Sari.\n\nTerima kasih,\nDewi"),
        ("Re: Laporan bulanan", "Selamat pagi,\n\nMaaf terlambat membalas, saya baru kembali dari liburan. Laporannya sudah benar.\n\nAgus"),
        ("Alamat email baru", "Halo semua,\n\nAlamat email saya sudah berubah; alamat lama tidak dipakai lagi. Mohon perbarui kontak Anda.\n\nRina"),
        ("Terima kasih", "Pak Hendra,\n\nTerima kasih banyak atas bantuannya kemarin.\n\nWulan"),
    ]),
}
TLD = {"zh": "example.cn", "zh-tw": "example.tw", "ja": "example.jp", "ko": "example.kr", "de": "example.de",
       "fr": "example.fr", "es": "example.es", "pt": "example.pt", "it": "example.it", "ru": "example.ru",
       "pl": "example.pl", "nl": "example.nl", "tr": "example.com.tr", "vi": "example.vn", "th": "example.co.th",
       "id": "example.co.id"}
INTL_CLIENT = {"zh": "X-Mailer: Foxmail 7.2.25.228[cn]", "zh-tw": "X-Mailer: Microsoft Outlook 16.0",
               "ja": "X-Mailer: Becky! ver. 2.81.04", "ko": "X-Mailer: Microsoft Outlook 16.0"}
KIND_OF = ["away", "back", "addr", "left", "thanks", "meeting", "back"]
KIND_FIX = {("pt", 3): "thanks", ("id", 3): "thanks", ("ko", 3): "left"}
FALLBACK_NAME = {"zh": "刘洋", "de": "Markus Weber"}


def intl():
    for lang, (charsets, items) in INTL.items():
        dom = TLD[lang]
        for k, (subj, body) in enumerate(items):
            cs = charsets[k % len(charsets)]
            if lang == "zh" and cs == "big5":
                cs = "gb18030"
            # two copies of each text in different charsets for the CJK languages
            copies = 2 if lang in ("zh", "ja", "ko", "ru") else 1
            for c in range(copies):
                cs_c = charsets[(k + c) % len(charsets)]
                if lang == "zh" and cs_c == "big5":
                    cs_c = ["gbk", "gb2312", "gb18030"][k % 3]
                signer = [l for l in body.strip().split("\n") if l.strip()][-1].strip()
                if "iPhone" in signer or len(signer) > 24:
                    signer = FALLBACK_NAME[lang]
                a = "%s <%s%d@%s>" % (signer, R.choice(["office", "staff", "mail", "contact"]), k, dom)
                b = "%s@%s" % (R.choice(["team", "colleague", "kontakt", "friend", "partner"]) + str(c), dom)
                re = subj.startswith(("Re:", "RE:", "回复", "回覆", "Ynt:"))
                text = body
                if re and c == 1:
                    text += "\n\n" + {"ja": "> 先日の件、ご確認をお願いします。", "ko": "> 확인 부탁드립니다.",
                                      "ru": "> Посмотрите, пожалуйста, до пятницы.", "zh": "> 请尽快确认，谢谢。"}.get(lang, "> ...")
                write("human-%s-%s-%s-%02d" % (KIND_FIX.get((lang, k)) or KIND_OF[k % len(KIND_OF)] if lang not in ("zh",) else
                                                ["away", "back", "addr", "left", "thanks", "mobile", "back"][k], lang,
                                                cs_c.replace("_", ""), k * 2 + c),
                      a, b, subj, text, cs_c, client=INTL_CLIENT.get(lang, client()),
                      in_reply=parent_id("%s%d%d" % (lang, k, c)) if re else None)


# ------------------------------------------------------------------ odds: attachments, html-only, list digests about bounces
def misc():
    # a person forwards the team's holiday calendar as a CSV attachment
    for k in range(4):
        a, b = two("corp.example")
        csv = "name,from,to,cover\r\n" + "".join("%s,2026-08-%02d,2026-08-%02d,%s\r\n" % (p[0], 1 + i * 3, 10 + i * 3, PEOPLE[(i + 3) % len(PEOPLE)][0])
                                                for i, p in enumerate(PEOPLE[k:k + 6]))
        write("holiday-calendar-attach-%02d" % k, a[1], "team@corp.example", "Summer holiday plan - who is away when",
              "Hi all,\n\nattached is the holiday plan for the summer. Please check your dates and that your cover knows about it. If you're away, remember to set your out-of-office and hand over before you go.\n\n%s" % a[0],
              "us-ascii", client=client(), attach=("holidays-2026.csv", "text/csv; charset=us-ascii", csv.encode()))
    # a person asks the postmaster why their vacation reply went to a list
    for k in range(4):
        a, b = two()
        write("ask-admin-vacation-%02d" % k, a[1], "postmaster@%s" % addr_of(a[1]).split("@")[1],
              ["Why did my vacation reply go to the whole list?", "Question: auto-reply to external senders only",
               "Re: Your away message is answering the list", "Help turning off my holiday responder"][k],
              ["Hello,\n\nI set an away message last week and a colleague tells me it replied to every post on the hiking list. That's embarrassing. Can you tell me how to stop it from answering list mail? I'm back now and have switched it off.\n\nThanks,\n%s",
               "Hi,\n\nis it possible to send my automatic reply only to people outside our organisation? I'm going on leave in two weeks and don't want my team to get it every time.\n\n%s",
               "Hi, sorry about that - I've turned it off. I didn't know it would answer mailing lists as well. Won't happen again.\n\n%s",
               "Hello,\n\nI can't find where to switch off my holiday responder in the new webmail. I'm back from leave and people are still getting the 'I am away' reply. Could you help?\n\n%s"][k] % a[0],
              "us-ascii", client=client(), in_reply=parent_id("adm%d" % k) if k == 2 else None)
    # html-only human mail with an absence note in the signature
    for k in range(6):
        a, b = two()
        kw = std_kw(a, b)
        html = ("<html><head><meta charset=\"utf-8\"></head><body><p>Hi %s,</p><p>please find the revised figures in the shared folder. Let me know if anything looks off.</p>"
                "<p>Best,<br>%s</p><p style=\"color:#888;font-size:small\">Please note: I work Monday to Thursday. I will be on leave from %s to %s.</p></body></html>") % (kw["to"], a[0], kw["d1"], kw["d2"])
        text = "Hi %s,\n\nplease find the revised figures in the shared folder. Let me know if anything looks off.\n\nBest,\n%s\n\nPlease note: I work Monday to Thursday. I will be on leave from %s to %s.\n" % (kw["to"], a[0], kw["d1"], kw["d2"])
        write("signature-absence-note-%02d" % k, a[1], b[1], R.choice(["Revised figures", "Updated draft", "Figures for the board", "Re: Numbers"]),
              text, "utf-8", client="X-Mailer: Microsoft Outlook 16.0", html=html)


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    en_kinds()
    lists()
    intl()
    misc()
    print("wrote %d messages" % COUNT[0])


if __name__ == "__main__":
    main()
