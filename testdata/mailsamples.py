"""Helpers shared by the sample generators in testdata/providers/ and
testdata/mtas/ (each imports this module from its make_samples.py).

Standard library only. The generators must stay deterministic and keep
writing byte-identical files: where the two sets of samples differ (Exim
version, boundaries, queue ids), the difference is a keyword parameter whose
default is what testdata/providers/ uses.
"""

import base64
import json
import os
import quopri
import textwrap

SENDER_IP = "203.0.113.25"    # the sending MTA of every sample (TEST-NET-3)


# ------------------------------------------------------------- encodings

def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(data: bytes) -> str:
    # quopri keeps lines <= 76 columns with soft breaks and encodes every
    # byte above 0x7e, '=' and trailing white space.
    return quopri.encodestring(data).decode("ascii")


def qword(raw: bytes) -> str:
    """The Q encoding of RFC 2047 (space as '_', only letters and digits kept)."""
    out = []
    for b in raw:
        c = chr(b)
        if b == 0x20:
            out.append("_")
        elif c.isalnum() and b < 0x80:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_word(text, charset, enc="B"):
    raw = text.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
    return "=?%s?Q?%s?=" % (charset, qword(raw))


def ew(text, charset="UTF-8", enc="B"):
    """RFC 2047 encoded words for text, split at character boundaries so
    that each word stays within 75 characters; folded with a space."""
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        if len(encode_word(trial, charset, enc)) > 75 and chunk:
            words.append(encode_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(encode_word(chunk, charset, enc))
    return "\n ".join(words)


def subj(text, charset="UTF-8", enc="B"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return ew(text, charset, enc)


def wrap(text, width=76, indent="    "):
    return textwrap.fill(text, width=width, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def addr_of(s):
    if "<" in s:
        return s[s.index("<") + 1:s.index(">")]
    return s.strip()


# ------------------------------------------------- originals and output

def original(frm, to, subject, msgid, date, body="", *, via="mail.example.com",
             via_qid="4SV1Jm3xYHz9sWX", client_ip="198.51.100.77",
             subject_charset="UTF-8", headers_only=False, xmailer=None):
    """A short original message, as str (ASCII only)."""
    tos = to if isinstance(to, str) else ", ".join(to)
    first_rcpt = tos.split(",")[0].strip()
    h = [
        "Return-Path: <%s>" % addr_of(frm),
        "Received: from [192.168.1.23] (unknown [%s])\n"
        "\tby %s with ESMTPSA id %s\n\tfor <%s>; %s" % (client_ip, via, via_qid, addr_of(first_rcpt), date),
        "From: %s" % frm,
        "To: %s" % tos,
        "Subject: %s" % subj(subject, subject_charset),
        "Date: %s" % date,
        "Message-ID: %s" % msgid,
        "MIME-Version: 1.0",
    ]
    if xmailer:
        h.append("X-Mailer: %s" % xmailer)
    try:
        body.encode("ascii")
        h.append("Content-Type: text/plain; charset=us-ascii")
        h.append("Content-Transfer-Encoding: 7bit")
        enc_body = body
    except UnicodeEncodeError:
        h.append("Content-Type: text/plain; charset=UTF-8")
        h.append("Content-Transfer-Encoding: base64")
        enc_body = b64(body.encode("utf-8"))
    head = "\n".join(h) + "\n"
    if headers_only:
        return head
    # A full message never has an empty body: it would end in a blank line.
    return head + "\n" + (enc_body.rstrip("\n") or "(empty)") + "\n"


def exp(recipient, reason, status, reply, vendor=""):
    """A row of expected.jsonl (without "file"); hard follows from reason."""
    hard = reason in ("userunknown", "hostunknown", "hasmoved") or (
        reason == "notaccept" and status.startswith("5."))
    return {"recipient": recipient, "reason": reason, "hard": hard,
            "status": status, "reply_code": reply, "vendor": vendor}


class Samples:
    """The messages a generator writes, with their rows for expected.jsonl."""

    def __init__(self):
        self.messages = []    # (file name, bytes)
        self.expected = []    # dicts for expected.jsonl

    def add(self, name, text, expected):
        # A str must be ASCII; every non-ASCII byte goes in as bytes.
        data = text.encode("ascii") if isinstance(text, str) else text
        self.messages.append((name, data))
        for e in expected:
            row = {"file": name}
            row.update(e)
            self.expected.append(row)

    def write(self, directory):
        """Write every message and expected.jsonl into directory."""
        names = set()
        for name, data in self.messages:
            assert name not in names, name
            names.add(name)
            with open(os.path.join(directory, name), "wb") as f:
                f.write(data)
        with open(os.path.join(directory, "expected.jsonl"), "w", encoding="utf-8") as f:
            for row in self.expected:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote %d messages, %d expected recipients" % (len(self.messages), len(self.expected)))


# ---------------------------------------------------- sender-side MTAs

def postfix(*, host="mail.example.com", qid, date, arrival, sender, rcpts,
            orig, headers_only=False, delayed=False, retry_until=None,
            msgid_stamp, boundary_time, delivered_to=True,
            ctype="message/delivery-status", charset="us-ascii", global_orig=False):
    """A Postfix bounce (or delay notice) with its DSN.

    rcpts: dicts with addr, and either rhost/rip/reply/cmd (a remote reply,
    lines joined by '\\n'; cmd is 'RCPT TO', 'MAIL FROM' or 'end of DATA'),
    refused=True (a greeting reply), or text= (Postfix's own words, no
    Diagnostic-Code in the DSN); status; optional rhost for Remote-MTA.
    delivered_to=False leaves out X-Original-To and Delivered-To (the
    notice as it left the server, not as the sender's mailbox stored it).
    ctype "message/global-delivery-status", charset and global_orig are for
    SMTPUTF8 notices.
    """
    boundary = "%s.%s/%s" % (qid, boundary_time, host)
    lines = []
    for r in rcpts:
        if "text" in r:
            t = "<%s>: %s" % (r["addr"], r["text"])
        else:
            reply = " ".join(r["reply"].split("\n"))
            if r.get("refused"):
                t = "<%s>: host %s[%s] refused to talk to me: %s" % (r["addr"], r["rhost"], r["rip"], reply)
            else:
                t = "<%s>: host %s[%s] said: %s (in reply to %s command)" % (
                    r["addr"], r["rhost"], r["rip"], reply, r["cmd"])
        lines.append(wrap(t))
    problems = "\n\n".join(lines)
    if delayed:
        notice = (
            "This is the mail system at host %s.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n%s\n" % (host, problems))
        subject = "Delayed Mail (still being retried)"
    else:
        notice = (
            "This is the mail system at host %s.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n%s\n" % (host, problems))
        subject = "Undelivered Mail Returned to Sender"
    dsn = ["Reporting-MTA: dns; %s" % host,
           "X-Postfix-Queue-ID: %s" % qid,
           "X-Postfix-Sender: rfc822; %s" % sender,
           "Arrival-Date: %s" % arrival]
    blocks = ["\n".join(dsn)]
    atype = "utf-8" if ctype == "message/global-delivery-status" else "rfc822"
    for r in rcpts:
        b = ["Final-Recipient: %s; %s" % (atype, r["addr"]),
             "Original-Recipient: %s;%s" % (atype, r["addr"]),
             "Action: %s" % ("delayed" if delayed else "failed"),
             "Status: %s" % r["status"]]
        if r.get("rhost"):
            b.append("Remote-MTA: dns; %s" % r["rhost"])
        if "text" not in r:
            b.append("Diagnostic-Code: smtp; %s" % " ".join(r["reply"].split("\n")))
        if delayed:
            b.append("Will-Retry-Until: %s" % retry_until)
        blocks.append("\n".join(b))
    if headers_only or delayed:
        third = ("Content-Description: Undelivered Message Headers\n"
                 "Content-Type: text/rfc822-headers\n\n" + orig)
    else:
        third = ("Content-Description: Undelivered Message\n"
                 "Content-Type: %s\n\n" % ("message/global" if global_orig else "message/rfc822") + orig)
    head = ["Return-Path: <>"]
    if delivered_to:
        head.append("X-Original-To: %s" % sender)
        head.append("Delivered-To: %s" % sender)
    head += [
        "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date),
        "Date: %s" % date,
        "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
        "Subject: %s" % subject,
        "To: %s" % sender,
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"%s\"" % boundary,
        "Content-Transfer-Encoding: %s" % ("8bit" if charset != "us-ascii" else "7bit"),
        "Message-Id: <%s.%s@%s>" % (msgid_stamp, qid, host),
    ]
    body = (
        "This is a MIME-encapsulated message.\n\n"
        "--%(b)s\nContent-Description: Notification\n"
        "Content-Type: text/plain; charset=%(cs)s\n\n%(notice)s\n"
        "--%(b)s\nContent-Description: %(dsnname)s\n"
        "Content-Type: %(ct)s\n\n%(dsn)s\n\n"
        "--%(b)s\n%(third)s\n--%(b)s--\n" % {
            "b": boundary, "notice": notice, "cs": charset, "ct": ctype,
            "dsnname": "Delay report" if delayed else "Delivery report",
            "dsn": "\n\n".join(blocks), "third": third})
    return "\n".join(head) + "\n\n" + body


def exim(*, host="mail.example.net", eid, date, sender, rcpts, orig,
         dsn=True, version="4.96", boundary_time, boundary_rand="1804289383"):
    """An Exim bounce. rcpts: addr, rhost, rip, when, reply (lines), status.

    The DSN boundary is boundary_time-eximdsn-boundary_rand; each sample set
    keeps its own boundary_rand.
    """
    parts = []
    for r in rcpts:
        rl = "\n".join("    " + l for l in r["reply"].split("\n"))
        parts.append("  %s\n    host %s [%s]\n    SMTP error from remote mail server %s:\n%s" % (
            r["addr"], r["rhost"], r["rip"], r["when"], rl))
    notice = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "%s\n" % "\n".join(parts))
    head = [
        "Return-path: <>",
        "Envelope-to: %s" % sender,
        "Delivery-date: %s" % date,
        "Received: from Debian-exim by %s with local (Exim %s)\n"
        "\tid %s\n\tfor %s;\n\t%s" % (host, version, eid, sender, date),
        "X-Failed-Recipients: %s" % ", ".join(r["addr"] for r in rcpts),
        "Auto-Submitted: auto-replied",
        "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
        "To: %s" % sender,
    ]
    if dsn:
        boundary = "%s-eximdsn-%s" % (boundary_time, boundary_rand)
        head += [
            "Content-Type: multipart/report; report-type=delivery-status; boundary=%s" % boundary,
            "MIME-Version: 1.0",
            "Subject: Mail delivery failed: returning message to sender",
            "Message-Id: <E%s@%s>" % (eid, host),
            "Date: %s" % date,
        ]
        blocks = ["Reporting-MTA: dns; %s" % host]
        for r in rcpts:
            blocks.append("\n".join([
                "Action: failed",
                "Final-Recipient: rfc822;%s" % r["addr"],
                "Status: %s" % r["status"],
                "Remote-MTA: dns; %s" % r["rhost"],
                "Diagnostic-Code: smtp; " + "\n ".join(r["reply"].split("\n"))]))
        body = (
            "--%(b)s\nContent-type: text/plain; charset=us-ascii\n\n%(n)s\n"
            "--%(b)s\nContent-type: message/delivery-status\n\n%(d)s\n\n"
            "--%(b)s\nContent-type: message/rfc822\n\n%(o)s\n--%(b)s--\n" % {
                "b": boundary, "n": notice, "d": "\n\n".join(blocks), "o": orig})
    else:
        head += [
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=us-ascii",
            "Subject: Mail delivery failed: returning message to sender",
            "Message-Id: <E%s@%s>" % (eid, host),
            "Date: %s" % date,
        ]
        body = notice + "\n------ This is a copy of the message, including all the headers. ------\n\n" + orig
    return "\n".join(head) + "\n\n" + body


def exim_warning(*, host="mail.example.net", eid, date, sender, rcpt, rhost,
                 rip, when, reply, orig_subject, orig_date, warn_id,
                 version="4.96", ref_exim_msgid=False):
    """An Exim delay warning (text only) for one recipient.

    References names the delayed message as <eid@example.net>, or with
    ref_exim_msgid as the Message-Id Exim gives its own messages, <Eeid@host>.
    """
    rl = "\n".join("    " + l for l in reply.split("\n"))
    ref = "<E%s@%s>" % (eid, host) if ref_exim_msgid else "<%s@example.net>" % eid
    head = [
        "Return-path: <>",
        "Envelope-to: %s" % sender,
        "Delivery-date: %s" % date,
        "Received: from Debian-exim by %s with local (Exim %s)\n"
        "\tid %s\n\tfor %s;\n\t%s" % (host, version, warn_id, sender, date),
        "Auto-Submitted: auto-replied",
        "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
        "To: %s" % sender,
        "References: %s" % ref,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
        "Subject: Warning: message %s delayed 24 hours" % eid,
        "Message-Id: <E%s@%s>" % (warn_id, host),
        "Date: %s" % date,
    ]
    body = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on %s.\n\n"
        "The message identifier is:     %s\n"
        "The subject of the message is: %s\n"
        "The date of the message is:    %s\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        "  %s\n    host %s [%s]\n    Delay reason: SMTP error from remote mail server %s:\n%s\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n" % (
            host, eid, orig_subject, orig_date, rcpt, rhost, rip, when, rl))
    return "\n".join(head) + "\n\n" + body


def gsmtp(code, status, lines, tail):
    """A Gmail multi-line reply: every line but the last gets code-status,
    as Postfix joins it."""
    out = ["%s-%s %s" % (code, status, l) for l in lines[:-1]]
    out.append("%s %s %s %s - gsmtp" % (code, status, lines[-1], tail))
    return "\n".join(out)
