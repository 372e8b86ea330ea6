"""Helpers for the make_batch*.py scripts: RFC 5322 headers, MIME parts,
charset encodings and the expectation lines. Standard library only; every
output is deterministic (dates, ids and boundaries come from the file name)."""
import base64
import hashlib
import json
import os
import quopri
import re
from email.header import Header

EXPECT = []


def boundary(name, n=0):
    return "=_" + hashlib.sha1(f"{name}/{n}".encode()).hexdigest()[:24]


def mid(name, host):
    return "<" + hashlib.sha1(name.encode()).hexdigest()[:16].upper() + "." + hashlib.md5(name.encode()).hexdigest()[:6] + "@" + host + ">"


def received(hops):
    """hops: (from_name, from_ip, by_host, software, id, date[, for_addr])."""
    out = []
    for h in hops:
        frm, ip, by, sw, qid, date = h[:6]
        for_ = f"\n\tfor <{h[6]}>" if len(h) > 6 and h[6] else ""
        out.append(f"Received: from {frm} ({frm} [{ip}])\n\tby {by} ({sw}) with ESMTPS id {qid}{for_};\n\t{date}")
    return "\n".join(out)


def b64(text, charset):
    raw = base64.b64encode(text.encode(charset)).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text, charset):
    return quopri.encodestring(text.encode(charset)).decode()


def enc_header(text, charset, enc="b"):
    if enc == "b":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())
    return Header(text, charset).encode()


def part(ctype, body, cte="7bit", extra=""):
    head = f"Content-Type: {ctype}\n"
    if cte:
        head += f"Content-Transfer-Encoding: {cte}\n"
    if extra:
        head += extra.rstrip("\n") + "\n"
    return head + "\n" + body.rstrip("\n") + "\n"


def text_part(text, charset="us-ascii", cte=None, subtype="plain"):
    if cte is None:
        cte = "7bit" if charset == "us-ascii" else "base64"
    if cte == "base64":
        body = b64(text, charset)
    elif cte == "quoted-printable":
        body = qp(text, charset)
    else:
        body = text
    return part(f"text/{subtype}; charset={charset}" if charset != "us-ascii" else f"text/{subtype}; charset=us-ascii", body, cte)


def multipart(subtype, parts, bnd, params=""):
    out = [f"Content-Type: multipart/{subtype};{params}\n\tboundary=\"{bnd}\"\n\nThis is a MIME-encapsulated message.\n"]
    for p in parts:
        out.append(f"--{bnd}\n{p}")
    out.append(f"--{bnd}--\n")
    return "\n".join(out)


def delivery_status(reporting_mta, recips, arrival=None, envid=None, received_from=None):
    per_msg = [f"Reporting-MTA: dns; {reporting_mta}"]
    if envid:
        per_msg.append(f"Original-Envelope-Id: {envid}")
    if received_from:
        per_msg.append(f"Received-From-MTA: dns; {received_from}")
    if arrival:
        per_msg.append(f"Arrival-Date: {arrival}")
    blocks = ["\n".join(per_msg)]
    for r in recips:
        lines = []
        if r.get("original"):
            lines.append(f"Original-Recipient: rfc822; {r['original']}")
        lines.append(f"Final-Recipient: rfc822; {r['final']}")
        lines.append(f"Action: {r.get('action', 'failed')}")
        lines.append(f"Status: {r['status']}")
        if r.get("remote"):
            lines.append(f"Remote-MTA: dns; {r['remote']}")
        if r.get("diag"):
            diag = r["diag"]
            if not re.match(r"^[A-Za-z][A-Za-z0-9-]*; ", diag):
                diag = "smtp; " + diag
            lines.append(f"Diagnostic-Code: {diag}")
        if r.get("last"):
            lines.append(f"Last-Attempt-Date: {r['last']}")
        if r.get("will_retry"):
            lines.append(f"Will-Retry-Until: {r['will_retry']}")
        blocks.append("\n".join(lines))
    return part("message/delivery-status", "\n\n".join(blocks) + "\n", cte=None)


def orig_headers(frm, to, subject, date, msgid, extra=""):
    h = f"Return-Path: <{frm}>\nFrom: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: {msgid}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h


def write(dirpath, name, text, lead=""):
    path = os.path.join(dirpath, name)
    text = lead + text.replace("\r\n", "\n")
    for i, line in enumerate(text.split("\n")):
        if len(line) >= 998:
            raise SystemExit(f"{name}: line {i + 1} is too long")
        if any(ord(c) > 127 for c in line):
            raise SystemExit(f"{name}: line {i + 1} is not 7-bit: {line!r}")
    with open(path, "w", newline="\n") as f:
        f.write(text)


def expect(name, recipient, reason, hard=False, status="", reply="", action="failed", vendor=""):
    EXPECT.append({"file": name, "recipient": recipient, "action": action, "status": status,
                   "reply_code": reply, "reason": reason, "hard": hard, "vendor": vendor})


def write_expected(path):
    with open(path, "w") as f:
        for e in EXPECT:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")


def dt(y, mo, d, h, mi, s, tz="+0000"):
    import datetime
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=off).strftime("%a, %d %b %Y %H:%M:%S ") + tz


def mail(headers, body_with_ctype):
    """headers: list of (name, value) or raw strings; body_with_ctype starts
    with the Content-Type header lines of the top part."""
    out = []
    for h in headers:
        if isinstance(h, str):
            out.append(h)
        else:
            out.append(f"{h[0]}: {h[1]}")
    return "\n".join(out) + "\nMIME-Version: 1.0\n" + body_with_ctype


def dsn_mail(name, *, frm, to, subject, date, host, hops, text, recips, orig,
             charset="us-ascii", cte=None, extra=(), returned="headers",
             arrival=None, reporting=None, text_subtype="plain", alt_html=None):
    """A multipart/report DSN. orig is the returned header block (or whole
    message when returned == "message")."""
    bnd = boundary(name)
    tp = text_part(text, charset, cte, text_subtype)
    if alt_html is not None:
        tp = multipart("alternative", [tp, text_part(alt_html, charset, cte, "html")], boundary(name, 2), "")
    parts = [tp, delivery_status(reporting or host, recips, arrival)]
    if returned == "headers":
        parts.append(part("text/rfc822-headers", orig, cte=None))
    elif returned == "message":
        parts.append(part("message/rfc822", orig, cte=None))
    heads = [hops] + [("Date", date), ("From", frm), ("To", to), ("Subject", subject),
                      ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    return mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;"))


def plain_mail(name, *, frm, to, subject, date, host, hops, text, charset="us-ascii", cte=None, extra=(), auto=True):
    heads = [hops] + [("Date", date), ("From", frm), ("To", to), ("Subject", subject),
                      ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, text_part(text, charset, cte))
