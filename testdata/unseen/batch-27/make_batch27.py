#!/usr/bin/env python3
"""Writes testdata/unseen/batch-27: a Greater-China enterprise night beyond
the big free-mail brands (Coremail-hosted corporate and university domains,
263 Enterprise Mail, China Mobile 139.com, 21cn/189.cn, Tom.com, Aliyun
enterprise mail, Tencent Exmail, NetEase qiye, HiNet, Yahoo Taiwan,
Netvigator, Macau CTM), in GB2312/GBK/GB18030, Big5 and UTF-8, base64 or
quoted-printable, with DSN parts or prose only; near-misses in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch27.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (dsn_mail, dt, enc_header, expect, mail, mid, multipart, orig_headers,  # noqa: E402
                       part, boundary, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hops(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


OUR_MX = {}  # sender domain -> its inbound MX (filled below)


def doc_ip(host):
    return "203.0.113.%d" % (int(hashlib.sha1(host.encode()).hexdigest()[:4], 16) % 200 + 20)


def chain(name, host, sw, date, sender):
    """Return-Path and Received lines of a notice made at the provider and carried to the sender's MX."""
    dom = sender.split("@")[1]
    mx = OUR_MX.get(dom)
    inner = hops(name, host, sw, date)
    if mx is None or host == mx or host.endswith("." + dom):
        return "Return-Path: <>\n" + inner
    outer = (f"Received: from {host} ({host} [{doc_ip(host)}])\n\tby {mx} (Postfix) with ESMTPS id "
             f"{qid(name + 'mx', 10)}\n\tfor <{sender}>; {date}")
    return "Return-Path: <>\n" + outer + "\n" + inner


def subj(text, charset):
    return text if charset == "us-ascii" else enc_header(text, charset)


def dsn(name, *, host, sw, sender, date, subject, text, recips, charset="utf-8", cte="base64",
        osubj="Quotation", frm=None, delay=False, vendor="", exps=(), html=None):
    """A multipart/report DSN. exps: (recipient, reason, hard, status, reply)."""
    cs = charset
    m = dsn_mail(name, frm=frm or f"MAILER-DAEMON@{host}", to=sender, subject=subj(subject, cs), date=date,
                 host=host, hops=chain(name, host, sw, date, sender), text=text, charset=cs, cte=cte,
                 recips=recips, arrival=date, alt_html=html,
                 orig=orig_headers(sender, ", ".join(r["final"] for r in recips), osubj, date,
                                   mid(name + "o", sender.split("@")[1])))
    write(OUT, name, m)
    for e in exps:
        expect(name, e[0], e[1], hard=e[2], status=e[3], reply=e[4],
               action="delayed" if delay else "failed", vendor=vendor)


def notice(name, *, host, frm, sender, date, subject, text, charset, cte="base64", html=None, orig_to="",
           osubj="Quotation", vendor="", exps=(), delay=False, extra=(), auto=True, sw="ESMTP"):
    """A prose-only notice (no DSN part): text (and html) plus the returned headers."""
    tp = text_part(text, charset, cte)
    if html is not None:
        tp = multipart("alternative", [tp, text_part(html, charset, cte, "html")], boundary(name, 2), "")
    parts = [tp]
    if orig_to:
        parts.append(part("text/rfc822-headers", orig_headers(sender, orig_to, osubj, date,
                                                              mid(name + "o", sender.split("@")[1])), cte=None))
    heads = [chain(name, host, sw, date, sender),
             ("Date", date), ("From", frm), ("To", sender), ("Subject", subj(subject, charset)),
             ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    write(OUT, name, mail(heads, multipart("mixed", parts, boundary(name))))
    for e in exps:
        expect(name, e[0], e[1], hard=e[2], status=e[3], reply=e[4],
               action="delayed" if delay else "failed", vendor=vendor)


def plain(dirpath, name, *, host, frm, to, date, subject, text, charset, cte="base64", extra=(), sw="ESMTP",
          via=("localhost", "127.0.0.1")):
    heads = [hops(name, host, sw, date, via[0], via[1]), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subj(subject, charset)), ("Message-ID", mid(name, host))] + list(extra)
    write(dirpath, name, mail(heads, text_part(text, charset, cte)))


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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

"""


def pf(name, *, host, sender, rcpt, status, diag, date, remote, reason, hard=False, reply="", delay=False,
       vendor="", osubj="Quotation", tail=None):
    """Our own Postfix relaying a remote refusal (or delay) by a Chinese provider."""
    t = (PF_DELAY if delay else PF_HEAD).format(host=host)
    t += tail if tail is not None else f"<{rcpt}>: host {remote}[203.0.113.25] said: {diag}\n"
    dsn(name, host=host, sw="Postfix", sender=sender, date=date,
        subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
        text=t, charset="us-ascii", cte=None, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)",
        recips=[{"final": rcpt, "status": status, "remote": remote, "diag": diag,
                 "action": "delayed" if delay else "failed"}],
        osubj=osubj, delay=delay, vendor=vendor, exps=[(rcpt, reason, hard, status, reply)])


# Senders (the parties whose mail bounced)
HX = "sales@huaxin-trade.example"
HXH = "mail.huaxin-trade.example"
LY = "linyu@lianyun-logistics.example"
LYH = "smtp.lianyun-logistics.example"
TW = "service@baodao-precision.example"
TWH = "mx.baodao-precision.example"
HK = "accounts@harbourline-hk.example"
HKH = "relay.harbourline-hk.example"
OUR_MX.update({"huaxin-trade.example": HXH, "lianyun-logistics.example": LYH,
               "baodao-precision.example": TWH, "harbourline-hk.example": HKH})


def coremail_text(rcpt, reason_zh, reason_en, code_line):
    return f"""很抱歉您的邮件没有发送成功。

收件人：{rcpt}
退信原因：{reason_zh}
({reason_en})

建议解决方案：请检查收件人地址或联系收件人后重新发送。

----- 系统返回信息 -----
{code_line}

此邮件由 Coremail 邮件系统自动发出，请勿直接回复。
"""


def coremail_html(rcpt, reason_zh, code_line):
    return f"""<html><body><div style="font-size:14px">
<p><b>很抱歉您的邮件没有发送成功。</b></p>
<table><tr><td>收件人：</td><td>{rcpt}</td></tr>
<tr><td>退信原因：</td><td>{reason_zh}</td></tr></table>
<p style="color:#888">{code_line}</p>
<p>此邮件由 Coremail 邮件系统自动发出，请勿直接回复。</p>
</div></body></html>
"""


# ---------------------------------------------------------------- Coremail
n = "coremail-univ-userunknown-gbk.eml"
d = dt(2026, 12, 2, 22, 1, 7, "+0800")
r = "zhang.wei@mail.xidong-univ.example"
notice(n, host="mail.xidong-univ.example", sw="Coremail", frm="postmaster@mail.xidong-univ.example", sender=HX, date=d,
       subject="系统退信", charset="gbk", text=coremail_text(r, "收件人地址不存在", "User not found",
       f"550 User not found: {r}"), html=coremail_html(r, "收件人地址不存在", f"550 User not found: {r}"),
       orig_to=r, vendor="coremail", exps=[(r, "userunknown", True, "", "550")])

n = "coremail-corp-mailboxfull-gb2312-qp.eml"
d = dt(2026, 12, 2, 22, 4, 40, "+0800")
r = "caiwu@jinshan-pharma.example"
notice(n, host="mx.jinshan-pharma.example", sw="Coremail", frm="postmaster@jinshan-pharma.example", sender=HX, date=d,
       subject="系统退信：邮件投递失败", charset="gb2312", cte="quoted-printable",
       text=coremail_text(r, "收件人邮箱空间已满，无法接收新邮件", "Mailbox quota exceeded",
                          "552 Requested mail action aborted: mailbox space used up"),
       orig_to=r, vendor="coremail", exps=[(r, "mailboxfull", False, "", "552")])

n = "coremail-account-frozen-utf8.eml"
d = dt(2026, 12, 2, 22, 9, 12, "+0800")
r = "old.admin@nanhai-shipyard.example"
notice(n, host="mail.nanhai-shipyard.example", sw="Coremail", frm="postmaster@nanhai-shipyard.example", sender=LY, date=d,
       subject="系统退信", charset="utf-8",
       text=coremail_text(r, "收件人帐号已被冻结，暂时无法接收邮件", "Account is frozen",
                          f"550 5.2.1 Account frozen: {r}"),
       orig_to=r, vendor="coremail", exps=[(r, "suspend", False, "5.2.1", "550")])

pf("coremail-spam-content-postfix.eml", host=HXH, sender=HX, rcpt="purchasing@qinghe-motor.example",
   status="5.7.1", remote="mx.qinghe-motor.example", date=dt(2026, 12, 2, 14, 15, 2),
   diag="554 5.7.1 Message rejected as spam by Coremail Anti-Spam content filter (in reply to end of DATA command)",
   reason="spamdetected", reply="554", vendor="coremail")

pf("coremail-rbl-ip-listed.eml", host=LYH, sender=LY, rcpt="info@donghai-port.example",
   status="5.7.1", remote="mx.donghai-port.example", date=dt(2026, 12, 2, 14, 20, 9),
   diag="550 5.7.1 Your IP 198.51.100.23 is listed in Coremail RBL, connection refused (in reply to RCPT TO command)",
   reason="blocked", reply="550", vendor="coremail")

n = "coremail-tw-univ-toolarge-big5.eml"
d = dt(2026, 12, 2, 22, 31, 0, "+0800")
r = "prof.lin@mail.beicheng-tech.example"
notice(n, host="mail.beicheng-tech.example", sw="Coremail", frm="postmaster@mail.beicheng-tech.example", sender=TW, date=d,
       subject="系統退信", charset="big5",
       text=f"""很抱歉，您的郵件無法送達。

收件者：{r}
退信原因：郵件大小超過系統限制（上限 20MB），請壓縮附件或改用雲端連結後再寄送。
(Message size exceeds the limit)

伺服器回應：552 5.3.4 Message size exceeds fixed limit
""", orig_to=r, vendor="coremail", exps=[(r, "emailtoolarge", False, "5.3.4", "552")])

n = "coremail-recipient-blacklist-gbk.eml"
d = dt(2026, 12, 2, 22, 40, 3, "+0800")
r = "boss.wang@xinghua-textile.example"
notice(n, host="mail.xinghua-textile.example", sw="Coremail", frm="postmaster@xinghua-textile.example", sender=HX, date=d,
       subject="系统退信", charset="gbk",
       text=coremail_text(r, "收件人已将您的地址加入黑名单，邮件被拒收", "Rejected by recipient's blacklist setting",
                          "554 Mail refused by recipient's personal blacklist"),
       orig_to=r, vendor="coremail", exps=[(r, "filtered", False, "", "554")])

n = "coremail-delay-timeout-gb18030.eml"
d = dt(2026, 12, 3, 2, 0, 0, "+0800")
r = "lab.office@chem.dongyuan-univ.example"
dsn(n, host="mta.huaxin-trade.example", sw="Coremail", sender=HX, date=d, subject="邮件延迟投递通知",
    charset="gb18030", cte="base64", delay=True, vendor="coremail",
    text=f"""这是一封系统自动发出的延迟投递通知，您无需重发邮件。

您发给 {r} 的邮件暂时未能投递成功，系统将在接下来的 48 小时内继续尝试投递。
原因：连接对方邮件服务器超时 (connection timed out)
""", recips=[{"final": r, "action": "delayed", "status": "4.4.1", "remote": "mx.chem.dongyuan-univ.example",
              "diag": "smtp; 421 4.4.1 connect to mx.chem.dongyuan-univ.example[203.0.113.61]:25: Connection timed out"}],
    exps=[(r, "networkerror", False, "4.4.1", "421")])

n = "coremail-univ-domain-missing.eml"
d = dt(2026, 12, 3, 2, 5, 0, "+0800")
r = "dean@mail.huanan-normal.example"
notice(n, host="mail.huaxin-trade.example", sw="Coremail", frm="postmaster@huaxin-trade.example", sender=HX, date=d,
       subject="系统退信", charset="utf-8",
       text=coremail_text(r, "收件人域名不存在，无法找到对方的邮件服务器", "Domain not found",
                          "DNS lookup for mail.huanan-normal.example: domain does not exist (NXDOMAIN)"),
       orig_to=r, vendor="coremail", exps=[(r, "hostunknown", True, "", "")])

n = "coremail-sending-frequency-gbk.eml"
d = dt(2026, 12, 3, 2, 11, 0, "+0800")
r = "hr@yuanfeng-foods.example"
notice(n, host="mail.yuanfeng-foods.example", sw="Coremail", frm="postmaster@yuanfeng-foods.example", sender=LY, date=d,
       subject="系统退信", charset="gbk",
       text=coremail_text(r, "您的发信频率过快，超出了对方服务器允许的发送速率", "Sending rate limit exceeded",
                          "550 Too many messages in a short time from 198.51.100.77"),
       orig_to=r, vendor="coremail", exps=[(r, "ratelimited", False, "", "550")])

n = "coremail-two-recipients-mixed.eml"
d = dt(2026, 12, 3, 2, 20, 0, "+0800")
r1, r2 = "xu.ming@mail.yanshan-inst.example", "archive@mail.yanshan-inst.example"
dsn(n, host="mail.yanshan-inst.example", sw="Coremail", sender=LY, date=d, subject="退信通知 Delivery failure",
    charset="utf-8", cte="quoted-printable", vendor="coremail",
    text=f"""您的邮件未能送达以下收件人 / Your message could not be delivered:

{r1}
  原因：该用户不存在 (No such user)
{r2}
  原因：收件人邮箱容量已满 (Mailbox is full)
""", recips=[{"final": r1, "status": "5.1.1", "diag": "smtp; 550 5.1.1 No such user"},
             {"final": r2, "status": "5.2.2", "diag": "smtp; 552 5.2.2 Mailbox is full"}],
    exps=[(r1, "userunknown", True, "5.1.1", "550"), (r2, "mailboxfull", False, "5.2.2", "552")])

# ---------------------------------------------------------------- 263
n = "263-notice-userunknown-gbk.eml"
d = dt(2026, 12, 3, 1, 2, 3, "+0800")
r = "chen.li@hengtai-chem.example"
notice(n, host="mxbiz1.263.net", frm="MAILER-DAEMON@263.net", sender=HX, date=d, subject="退信：您的邮件未能送达",
       charset="gbk", text=f"""尊敬的用户：

您于 2026-12-03 00:58 发送的邮件未能送达下列收件人：
    {r}

退信原因：对方邮箱地址不存在，请确认收件人地址是否正确。
(550 Invalid recipient: {r})

-- 263企业邮箱
""", orig_to=r, vendor="263", exps=[(r, "userunknown", True, "", "550")])

pf("263-mailbox-quota-en.eml", host=LYH, sender=LY, rcpt="finance@ruida-steel.example", status="5.2.2",
   remote="mxbiz2.263.net", date=dt(2026, 12, 2, 17, 1, 0),
   diag="552 5.2.2 user mailbox full, quota exceeded (in reply to RCPT TO command)",
   reason="mailboxfull", reply="552", vendor="263")

pf("263-spf-not-permitted.eml", host=HXH, sender=HX, rcpt="export@ruida-steel.example", status="5.7.1",
   remote="mxbiz1.263.net", date=dt(2026, 12, 2, 17, 5, 0),
   diag="550 5.7.1 SPF check failed: 198.51.100.12 is not permitted to send for huaxin-trade.example (in reply to MAIL FROM command)",
   reason="authfailure", reply="550", vendor="263")

pf("263-delay-mailbox-full.eml", host=LYH, sender=LY, rcpt="cs@kanghui-medical.example", status="4.2.2",
   remote="mxbiz1.263.net", date=dt(2026, 12, 2, 21, 0, 0), delay=True,
   diag="452 4.2.2 Mailbox full, try again later (in reply to RCPT TO command)",
   reason="mailboxfull", reply="452", vendor="263")

n = "263-virus-attachment-utf8.eml"
d = dt(2026, 12, 3, 1, 30, 0, "+0800")
r = "it@kanghui-medical.example"
notice(n, host="mxbiz2.263.net", frm="postmaster@263.net", sender=HX, date=d, subject="系统退信",
       charset="utf-8", text=f"""您发送给 {r} 的邮件被退回。

退信原因：邮件附件中检测到病毒（Win32.Trojan.Agent），邮件已被拦截。
554 5.7.0 Message contains virus: Win32.Trojan.Agent

-- 263企业邮箱 安全中心
""", orig_to=r, vendor="263", exps=[(r, "virusdetected", False, "5.7.0", "554")])

n = "263-account-disabled-gb18030.eml"
d = dt(2026, 12, 3, 1, 36, 0, "+0800")
r = "former.staff@ruida-steel.example"
notice(n, host="mxbiz1.263.net", frm="MAILER-DAEMON@263.net", sender=LY, date=d, subject="退信：您的邮件未能送达",
       charset="gb18030", text=f"""您的邮件未能送达：{r}

原因：该收件人帐户已被管理员停用，暂时不能接收邮件。
(550 5.2.1 Account disabled by administrator)
""", orig_to=r, vendor="263", exps=[(r, "suspend", False, "5.2.1", "550")])

# ---------------------------------------------------------------- 139.com
n = "cmcc139-notice-nouser-gbk.eml"
d = dt(2026, 12, 3, 0, 10, 0, "+0800")
r = "13800138123@139.com"
notice(n, host="mx1.mail.139.com", frm="postmaster@139.com", sender=HX, date=d, subject="系统退信",
       charset="gbk", text=f"""您好！您发送的邮件未能成功投递。

收件人：{r}
失败原因：收件人帐号不存在，请核实后重新发送。

【139邮箱】
""", orig_to=r, vendor="139", exps=[(r, "userunknown", True, "", "")])

pf("cmcc139-spam-judged.eml", host=HXH, sender=HX, rcpt="13912345678@139.com", status="5.7.1",
   remote="mx1.mail.139.com", date=dt(2026, 12, 2, 16, 0, 0),
   diag="550 5.7.1 Mail content was judged as spam, rejected (in reply to end of DATA command)",
   reason="spamdetected", reply="550", vendor="139")

pf("cmcc139-delay-connections.eml", host=LYH, sender=LY, rcpt="15012345678@139.com", status="4.7.0",
   remote="mx2.mail.139.com", date=dt(2026, 12, 2, 16, 10, 0), delay=True,
   diag="421 4.7.0 Too many connections from your IP, please try later",
   reason="ratelimited", reply="421", vendor="139")

n = "cmcc139-number-cancelled-utf8.eml"
d = dt(2026, 12, 3, 0, 20, 0, "+0800")
r = "13700001111@139.com"
notice(n, host="mx1.mail.139.com", frm="postmaster@139.com", sender=LY, date=d, subject="退信通知",
       charset="utf-8", text=f"""您发给 {r} 的邮件被退回。

原因：该手机号码已销户，对应的139邮箱已注销。
550 Mailbox closed
""", orig_to=r, vendor="139", exps=[(r, "suspend", False, "", "550")])

n = "cmcc139-size-over-gb2312-qp.eml"
d = dt(2026, 12, 3, 0, 25, 0, "+0800")
r = "18800009999@139.com"
notice(n, host="mx2.mail.139.com", frm="postmaster@139.com", sender=HX, date=d, subject="系统退信",
       charset="gb2312", cte="quoted-printable", text=f"""收件人：{r}
退信原因：邮件大小超出限制，139邮箱单封邮件最大可接收 50M。
552 Message too big
""", orig_to=r, vendor="139", exps=[(r, "emailtoolarge", False, "", "552")])

# ---------------------------------------------------------------- 21cn / 189
pf("ct189-rcpt-not-exist-dsn.eml", host=HXH, sender=HX, rcpt="liuqiang@189.cn", status="5.1.1",
   remote="mta-189.21cn.com", date=dt(2026, 12, 2, 15, 0, 0),
   diag="550 5.1.1 User not exist (in reply to RCPT TO command)",
   reason="userunknown", hard=True, reply="550", vendor="21cn")

n = "21cn-space-insufficient-gbk.eml"
d = dt(2026, 12, 3, 1, 0, 0, "+0800")
r = "wangfang@21cn.com"
notice(n, host="mx.21cn.com", frm="postmaster@21cn.com", sender=LY, date=d, subject="退信：邮件投递失败",
       charset="gbk", text=f"""您的邮件无法投递给 {r}。

原因：收件人邮箱存储空间不足，无法接收新邮件。
552 5.2.2 Insufficient mailbox space
""", orig_to=r, vendor="21cn", exps=[(r, "mailboxfull", False, "5.2.2", "552")])

pf("21cn-reverse-dns-failed.eml", host=LYH, sender=LY, rcpt="zhouyi@21cn.com", status="5.7.1",
   remote="mx.21cn.com", date=dt(2026, 12, 2, 15, 10, 0),
   diag="550 5.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.7] (in reply to RCPT TO command)",
   reason="requireptr", reply="550", vendor="21cn")

pf("ct189-queue-gave-up.eml", host=HXH, sender=HX, rcpt="sales@gz-hengyuan.example", status="4.4.7",
   remote="mta-189.21cn.com", date=dt(2026, 12, 2, 15, 20, 0),
   diag="",
   tail="<sales@gz-hengyuan.example>: delivery temporarily suspended: connect to\n    mta-189.21cn.com[203.0.113.89]:25: Connection timed out\n\nMessage could not be delivered for 5 days; message expired and returned.\n",
   reason="expired", vendor="21cn")

n = "ct189-attachment-type-utf8.eml"
d = dt(2026, 12, 3, 1, 12, 0, "+0800")
r = "purchase@189.cn"
notice(n, host="mta-189.21cn.com", frm="postmaster@189.cn", sender=HX, date=d, subject="系统退信",
       charset="utf-8", text=f"""您发给 {r} 的邮件被退回。

原因：邮件中含有不允许的附件类型（.exe），根据收件方的安全策略邮件被拒绝。
554 5.7.1 Attachment type not allowed by policy
""", orig_to=r, vendor="21cn", exps=[(r, "policyviolation", False, "5.7.1", "554")])

# ---------------------------------------------------------------- Tom.com
n = "tom-nouser-gb2312-qp.eml"
d = dt(2026, 12, 3, 0, 40, 0, "+0800")
r = "happyfish88@tom.com"
notice(n, host="mx.tom.com", frm="MAILER-DAEMON@tom.com", sender=LY, date=d, subject="退信",
       charset="gb2312", cte="quoted-printable", text=f"""您的邮件无法送达以下地址：
{r}

550 此用户不存在 / No such user here
""", orig_to=r, vendor="tom", exps=[(r, "userunknown", True, "", "550")])

pf("tom-mailbox-full-en.eml", host=HXH, sender=HX, rcpt="lucky2008@tom.com", status="5.2.2",
   remote="mx.tom.com", date=dt(2026, 12, 2, 16, 40, 0),
   diag="552 5.2.2 The user's mailbox is full (in reply to RCPT TO command)",
   reason="mailboxfull", reply="552", vendor="tom")

pf("tom-domain-not-found.eml", host=LYH, sender=LY, rcpt="ceo@vip-tom-mail.example", status="5.4.4",
   remote="", date=dt(2026, 12, 2, 16, 45, 0), diag="",
   tail="<ceo@vip-tom-mail.example>: Host or domain name not found. Name service error for\n    name=vip-tom-mail.example type=MX: Host not found\n",
   reason="hostunknown", hard=True, vendor="")

pf("tom-relay-denied.eml", host=HXH, sender=HX, rcpt="partner@tom-hosted.example", status="5.7.1",
   remote="mx.tom.com", date=dt(2026, 12, 2, 16, 50, 0),
   diag="554 5.7.1 <partner@tom-hosted.example>: Relay access denied (in reply to RCPT TO command)",
   reason="norelaying", reply="554", vendor="tom")

# ---------------------------------------------------------------- Aliyun enterprise
pf("aliyun-qiye-user-not-found.eml", host=HXH, sender=HX, rcpt="sun.hao@jiaxing-valve.example", status="5.1.1",
   remote="mx1.qiye.aliyun.com", date=dt(2026, 12, 2, 18, 0, 0),
   diag="550 5.1.1 RCPT TO <sun.hao@jiaxing-valve.example> failed: user not found (in reply to RCPT TO command)",
   reason="userunknown", hard=True, reply="550", vendor="aliyun")

n = "aliyun-qiye-spam-gb18030.eml"
d = dt(2026, 12, 3, 2, 30, 0, "+0800")
r = "market@jiaxing-valve.example"
notice(n, host="mx2.qiye.aliyun.com", frm="postmaster@jiaxing-valve.example", sender=LY, date=d,
       subject="系统退信/Systems bounce", charset="gb18030",
       text=f"""您的邮件发送失败 / Your email failed to be delivered.

收件人/Recipient：{r}
失败原因/Reason：邮件内容被反垃圾系统判定为垃圾邮件
554 Message rejected: identified as spam by content filter
""", orig_to=r, vendor="aliyun", exps=[(r, "spamdetected", False, "", "554")])

pf("aliyun-qiye-dmarc-reject.eml", host=HXH, sender=HX, rcpt="audit@hangzhou-dianqi.example", status="5.7.1",
   remote="mx1.qiye.aliyun.com", date=dt(2026, 12, 2, 18, 10, 0),
   diag="550 5.7.1 DMARC check failed for huaxin-trade.example, policy=reject (in reply to end of DATA command)",
   reason="authfailure", reply="550", vendor="aliyun")

n = "aliyun-qiye-disabled-gbk.eml"
d = dt(2026, 12, 3, 2, 40, 0, "+0800")
r = "zhao.lei@hangzhou-dianqi.example"
notice(n, host="mx1.qiye.aliyun.com", frm="postmaster@hangzhou-dianqi.example", sender=LY, date=d,
       subject="系统退信/Systems bounce", charset="gbk",
       text=f"""收件人/Recipient：{r}
失败原因/Reason：收件人账号已被禁用 (The recipient account has been disabled)
""", orig_to=r, vendor="aliyun", exps=[(r, "suspend", False, "", "")])

pf("aliyun-qiye-delay-too-frequent.eml", host=LYH, sender=LY, rcpt="order@ningbo-bearing.example", status="4.7.1",
   remote="mx2.qiye.aliyun.com", date=dt(2026, 12, 2, 18, 20, 0), delay=True,
   diag="451 4.7.1 Sending too frequently, too many emails from your IP in a short time, please retry later",
   reason="ratelimited", reply="451", vendor="aliyun")

pf("aliyun-qiye-sender-domain-rejected.eml", host=HXH, sender=HX, rcpt="buyer@ningbo-bearing.example",
   status="5.1.8", remote="mx1.qiye.aliyun.com", date=dt(2026, 12, 2, 18, 30, 0),
   diag="553 5.1.8 Sender address rejected: sender domain has no valid MX or A record (in reply to MAIL FROM command)",
   reason="rejected", reply="553", vendor="aliyun")

# ---------------------------------------------------------------- Tencent Exmail
pf("exmail-mailbox-not-found-help-link.eml", host=HXH, sender=HX, rcpt="tang.jie@shenzhen-optics.example",
   status="5.0.0", remote="mxbiz1.qq.com", date=dt(2026, 12, 2, 19, 0, 0),
   diag="550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728 (in reply to RCPT TO command)",
   reason="userunknown", hard=True, reply="550", vendor="exmail")

pf("exmail-delay-quota.eml", host=LYH, sender=LY, rcpt="support@shenzhen-optics.example", status="4.2.2",
   remote="mxbiz2.qq.com", date=dt(2026, 12, 2, 19, 5, 0), delay=True,
   diag="452 4.2.2 Recipient mailbox is full, quota exceeded (in reply to RCPT TO command)",
   reason="mailboxfull", reply="452", vendor="exmail")

pf("exmail-ip-poor-reputation.eml", host=HXH, sender=HX, rcpt="sourcing@dongguan-mould.example", status="5.7.1",
   remote="mxbiz1.qq.com", date=dt(2026, 12, 2, 19, 10, 0),
   diag="550 5.7.1 Connection refused: the sending IP 198.51.100.12 has a poor reputation (in reply to MAIL FROM command)",
   reason="badreputation", reply="550", vendor="exmail")

n = "exmail-security-policy-gbk.eml"
d = dt(2026, 12, 3, 3, 15, 0, "+0800")
r = "legal@dongguan-mould.example"
notice(n, host="mxbiz2.qq.com", frm="PostMaster@exmail.qq.com", sender=LY, date=d, subject="退信通知",
       charset="gbk", text=f"""您发送的邮件未能送达。

收件人：{r}
退信原因：邮件违反了收件方企业设置的安全策略，已被拒收。
(Message rejected by the recipient organization's security policy)
""", orig_to=r, vendor="exmail", exps=[(r, "policyviolation", False, "", "")])

pf("exmail-domain-not-exist.eml", host=LYH, sender=LY, rcpt="info@foshan-ceramic.example", status="5.1.2",
   remote="mxbiz1.qq.com", date=dt(2026, 12, 2, 19, 20, 0),
   diag="550 5.1.2 Domain not exist (in reply to RCPT TO command)",
   reason="hostunknown", hard=True, reply="550", vendor="exmail")

n = "exmail-refused-by-recipient-utf8.eml"
d = dt(2026, 12, 3, 3, 25, 0, "+0800")
r = "gm@foshan-ceramic.example"
notice(n, host="mxbiz1.qq.com", frm="PostMaster@exmail.qq.com", sender=HX, date=d, subject="退信通知",
       charset="utf-8", text=f"""您发送的邮件未能送达。

收件人：{r}
退信原因：收件人设置了拒收规则，您的邮件已被拒收。
(The recipient has set a rule to refuse your mail)
""", orig_to=r, vendor="exmail", exps=[(r, "filtered", False, "", "")])

# ---------------------------------------------------------------- NetEase qiye
pf("qiye163-user-not-found.eml", host=HXH, sender=HX, rcpt="he.yun@suzhou-chip.example", status="5.1.1",
   remote="qiye163mx01.mxmail.netease.com", date=dt(2026, 12, 2, 20, 0, 0),
   diag="550 5.1.1 User not found: he.yun@suzhou-chip.example (in reply to RCPT TO command)",
   reason="userunknown", hard=True, reply="550", vendor="netease")

n = "qiye163-overquota-gbk-qp.eml"
d = dt(2026, 12, 3, 4, 0, 0, "+0800")
r = "rd@suzhou-chip.example"
notice(n, host="qiye163mx02.mxmail.netease.com", frm="postmaster@qiye.163.com", sender=LY, date=d,
       subject="系统退信", charset="gbk", cte="quoted-printable",
       text=f"""您发送的邮件被退回：
收件人：{r}
原因：收件人邮箱已超出容量上限
552 Requested mail action aborted: exceeded mailbox quota
""", orig_to=r, vendor="netease", exps=[(r, "mailboxfull", False, "", "552")])

n = "qiye163-suspended-utf8.eml"
d = dt(2026, 12, 3, 4, 5, 0, "+0800")
r = "intern01@wuxi-solar.example"
notice(n, host="qiye163mx01.mxmail.netease.com", frm="postmaster@qiye.163.com", sender=HX, date=d,
       subject="系统退信", charset="utf-8",
       text=f"""收件人：{r}
原因：该帐号已被暂停使用 (550 User suspended)
""", orig_to=r, vendor="netease", exps=[(r, "suspend", False, "", "550")])

pf("qiye163-message-size.eml", host=LYH, sender=LY, rcpt="design@wuxi-solar.example", status="5.3.4",
   remote="qiye163mx02.mxmail.netease.com", date=dt(2026, 12, 2, 20, 10, 0),
   diag="552 5.3.4 Message size exceeds fixed maximum message size (in reply to end of DATA command)",
   reason="emailtoolarge", reply="552", vendor="netease")

pf("qiye163-delay-connection-refused.eml", host=HXH, sender=HX, rcpt="fa@wuxi-solar.example", status="4.4.1",
   remote="qiye163mx01.mxmail.netease.com", date=dt(2026, 12, 2, 20, 20, 0), delay=True, diag="",
   tail="<fa@wuxi-solar.example>: connect to qiye163mx01.mxmail.netease.com[203.0.113.163]:25:\n    Connection refused\n",
   reason="networkerror", vendor="netease")

n = "vacation-qiye163-autoreply-gbk.eml"
d = dt(2026, 12, 3, 4, 30, 0, "+0800")
write(OUT, n, mail([hops(n, HXH, "Postfix", d, "qiye163mx01.mxmail.netease.com", "203.0.113.163"),
                    ("Date", d), ("From", enc_header("钱芳", "gbk") + " <qian.fang@wuxi-solar.example>"),
                    ("To", HX), ("Subject", enc_header("自动回复: 关于十二月报价", "gbk")),
                    ("Message-ID", mid(n, "qiye.163.com")), ("In-Reply-To", mid(n + "o", "huaxin-trade.example")),
                    ("Auto-Submitted", "auto-replied")],
                   text_part("您好，我于12月1日至12月7日休年假，期间无法及时回复邮件。紧急事务请联系同事李明 (li.ming@wuxi-solar.example)。\n", "gbk", "base64")))
expect(n, "qian.fang@wuxi-solar.example", "vacation", action="", vendor="netease")

# ---------------------------------------------------------------- HiNet
pf("hinet-no-such-user-dsn.eml", host=TWH, sender=TW, rcpt="chenmy@ms45.hinet.net", status="5.1.1",
   remote="ms45.hinet.net", date=dt(2026, 12, 2, 13, 0, 0),
   diag="550 5.1.1 <chenmy@ms45.hinet.net>... User unknown (in reply to RCPT TO command)",
   reason="userunknown", hard=True, reply="550", vendor="hinet")

n = "hinet-mailbox-full-big5-qp.eml"
d = dt(2026, 12, 3, 1, 0, 0, "+0800")
r = "wu.shop@msa.hinet.net"
notice(n, host="msa.hinet.net", frm="MAILER-DAEMON@msa.hinet.net", sender=TW, date=d, subject="退信通知",
       charset="big5", cte="quoted-printable", text=f"""您寄出的郵件無法送達下列收件者：
{r}

原因：收件者信箱已滿，無法再接收新郵件。
552 5.2.2 Mailbox full
""", orig_to=r, vendor="hinet", exps=[(r, "mailboxfull", False, "5.2.2", "552")])

pf("hinet-ip-blacklisted.eml", host=HKH, sender=HK, rcpt="lee.trading@ms12.hinet.net", status="5.7.1",
   remote="ms12.hinet.net", date=dt(2026, 12, 2, 13, 10, 0),
   diag="550 5.7.1 Your IP 198.51.100.41 is blacklisted by HiNet anti-spam system (in reply to MAIL FROM command)",
   reason="blocked", reply="550", vendor="hinet")

n = "hinet-delay-unreachable-big5.eml"
d = dt(2026, 12, 3, 1, 20, 0, "+0800")
r = "yang.office@ms22.hinet.net"
dsn(n, host=TWH, sw="Postfix", sender=TW, date=d, subject="郵件延遲通知 (尚在重試中)", charset="big5",
    cte="base64", delay=True, vendor="hinet",
    text=f"""這是系統自動發出的警告，您不需要重新寄送。

寄給 {r} 的郵件目前尚未送達，系統會繼續重試，最長 5 天。
原因：無法連線到對方郵件伺服器 (No route to host)
""", recips=[{"final": r, "action": "delayed", "status": "4.4.1", "remote": "ms22.hinet.net",
              "diag": "X-Postfix; connect to ms22.hinet.net[203.0.113.22]:25: No route to host"}],
    exps=[(r, "networkerror", False, "4.4.1", "")])

n = "hinet-account-stopped-big5.eml"
d = dt(2026, 12, 3, 1, 25, 0, "+0800")
r = "olduser@ms7.hinet.net"
notice(n, host="ms7.hinet.net", frm="MAILER-DAEMON@ms7.hinet.net", sender=TW, date=d, subject="退信通知",
       charset="big5", text=f"""收件者：{r}
原因：此帳號已停用，無法收信。
550 5.2.1 Account disabled
""", orig_to=r, vendor="hinet", exps=[(r, "suspend", False, "5.2.1", "550")])

# ---------------------------------------------------------------- Yahoo Taiwan
pf("yahootw-dd-no-account.eml", host=TWH, sender=TW, rcpt="mei_ling77@yahoo.com.tw", status="5.0.0",
   remote="mta7.am0.yahoodns.net", date=dt(2026, 12, 2, 13, 30, 0),
   diag="554 delivery error: dd This user doesn't have a yahoo.com.tw account (mei_ling77@yahoo.com.tw) [0] - mta1023.mail.tw1.yahoo.com (in reply to end of DATA command)",
   reason="userunknown", hard=True, reply="554", vendor="yahoo")

n = "yahootw-quota-notice-big5.eml"
d = dt(2026, 12, 3, 1, 40, 0, "+0800")
r = "kevin.huang@yahoo.com.tw"
notice(n, host="mta1023.mail.tw1.yahoo.com", frm="MAILER-DAEMON@yahoo.com.tw", sender=HK, date=d,
       subject="無法寄送郵件", charset="big5", text=f"""很抱歉，您的郵件無法寄送給下列收件者：
{r}

原因：收件者的信箱容量已超過限制 (over quota)。
""", orig_to=r, vendor="yahoo", exps=[(r, "mailboxfull", False, "", "")])

n = "vacation-yahootw-autoreply-big5.eml"
d = dt(2026, 12, 3, 1, 45, 0, "+0800")
write(OUT, n, mail([hops(n, TWH, "Postfix", d, "sonic.tw1.yahoo.com", "203.0.113.200"),
                    ("Date", d), ("From", enc_header("黃志明", "big5") + " <zm.huang@yahoo.com.tw>"),
                    ("To", TW), ("Subject", enc_header("自動回覆: 報價單確認", "big5")),
                    ("Message-ID", mid(n, "yahoo.com.tw")), ("In-Reply-To", mid(n + "o", "baodao-precision.example")),
                    ("Auto-Submitted", "auto-replied")],
                   text_part("您好，本人12月5日前出差中，將不定期收信，回覆可能延遲，敬請見諒。\n", "big5", "base64")))
expect(n, "zm.huang@yahoo.com.tw", "vacation", action="", vendor="yahoo")

# ---------------------------------------------------------------- Netvigator (HK)
pf("netvigator-recipient-unknown.eml", host=HKH, sender=HK, rcpt="kwong.chan@netvigator.com", status="5.1.1",
   remote="mx.netvigator.com", date=dt(2026, 12, 2, 12, 0, 0),
   diag="550 5.1.1 <kwong.chan@netvigator.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
   reason="userunknown", hard=True, reply="550", vendor="netvigator")

pf("netvigator-spamhaus-listed.eml", host=HXH, sender=HX, rcpt="ho.trading@netvigator.com", status="5.7.1",
   remote="mx.netvigator.com", date=dt(2026, 12, 2, 12, 10, 0),
   diag="554 5.7.1 Service unavailable; Client host [198.51.100.12] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
   reason="blocked", reply="554", vendor="netvigator")

n = "netvigator-expired-trad-utf8.eml"
d = dt(2026, 12, 3, 0, 0, 0, "+0800")
r = "lam.office@netvigator.com"
dsn(n, host=HKH, sw="Microsoft SMTP Server", sender=HK, date=d, subject="無法傳遞: 十二月對帳單", charset="utf-8",
    cte="base64", vendor="netvigator", frm="postmaster@harbourline-hk.example",
    text=f"""傳遞至這些收件者或群組失敗：

{r}
已嘗試傳遞郵件一段時間，但一直無法成功。郵件已過期，伺服器已放棄傳遞。

診斷資訊：
Remote Server at mx.netvigator.com (203.0.113.95) returned '400 4.4.7 Message delayed'
Remote Server returned '500 4.4.7 QUEUE.Expired; message expired'
""", recips=[{"final": r, "status": "5.4.7", "remote": "mx.netvigator.com",
              "diag": "smtp; 500 4.4.7 QUEUE.Expired; message expired"}],
    exps=[(r, "expired", False, "5.4.7", "500")])

n = "netvigator-mailbox-full-big5.eml"
d = dt(2026, 12, 3, 0, 10, 0, "+0800")
r = "sze.wing@netvigator.com"
notice(n, host="mx.netvigator.com", frm="postmaster@netvigator.com", sender=TW, date=d, subject="郵件退回通知",
       charset="big5", text=f"""閣下寄出的電郵未能送達：{r}

原因：收件人郵箱已滿 (mailbox full)，請稍後再試或以其他方式聯絡收件人。
""", orig_to=r, vendor="netvigator", exps=[(r, "mailboxfull", False, "", "")])

# ---------------------------------------------------------------- Macau CTM
n = "ctm-macau-destinatario-desconhecido.eml"
d = dt(2026, 12, 3, 0, 30, 0, "+0800")
r = "leong.kaman@macau.ctm.net"
notice(n, host="mail.macau.ctm.net", frm="postmaster@macau.ctm.net", sender=HK, date=d,
       subject="Mensagem nao entregue / 郵件未能送達", charset="utf-8", cte="quoted-printable",
       text=f"""A sua mensagem nao pode ser entregue ao destinatario abaixo.
閣下的郵件未能送達下列收件人。

{r}

Motivo / 原因：Destinatario desconhecido / 收件人不存在
550 5.1.1 Recipient unknown
""", orig_to=r, vendor="ctm", exps=[(r, "userunknown", True, "5.1.1", "550")])

pf("ctm-macau-domain-typo.eml", host=HKH, sender=HK, rcpt="tours@macau-ctm.example", status="5.4.4",
   remote="", date=dt(2026, 12, 2, 16, 30, 0), diag="",
   tail="<tours@macau-ctm.example>: Host or domain name not found. Name service error for\n    name=macau-ctm.example type=A: Host not found\n",
   reason="hostunknown", hard=True, vendor="")

pf("ctm-macau-delay-system-storage.eml", host=HKH, sender=HK, rcpt="hotel.res@macau.ctm.net", status="4.3.1",
   remote="mail.macau.ctm.net", date=dt(2026, 12, 2, 16, 40, 0), delay=True,
   diag="452 4.3.1 Insufficient system storage (in reply to MAIL FROM command)",
   reason="systemfull", reply="452", vendor="ctm")

# ---------------------------------------------------------------- more bounces
pf("ct189-smtp-auth-required.eml", host=LYH, sender=LY, rcpt="client@gz-hengyuan.example", status="5.7.0",
   remote="smtp.189.cn", date=dt(2026, 12, 2, 15, 30, 0),
   diag="530 5.7.0 Authentication required, please log in with your 189 account (in reply to MAIL FROM command)",
   reason="securityerror", reply="530", vendor="21cn")

pf("21cn-hop-count-loop.eml", host=HXH, sender=HX, rcpt="loop.test@fs-hengan.example", status="5.4.6",
   remote="mx.21cn.com", date=dt(2026, 12, 2, 15, 40, 0),
   diag="554 5.4.6 Too many hops (30), mail loop detected (in reply to end of DATA command)",
   reason="networkerror", reply="554", vendor="21cn")

n = "hinet-two-recipients-big5.eml"
d = dt(2026, 12, 3, 1, 50, 0, "+0800")
r1, r2 = "kao.shop@ms31.hinet.net", "kao.boss@ms31.hinet.net"
dsn(n, host="ms31.hinet.net", sw="Sendmail", sender=TW, date=d, subject="退信通知：郵件無法寄達", charset="big5",
    cte="base64", vendor="hinet", frm="MAILER-DAEMON@ms31.hinet.net",
    text=f"""您的郵件無法寄達下列收件者：

{r1}：查無此使用者 (user unknown)
{r2}：信箱容量已滿 (over quota)
""", recips=[{"final": r1, "status": "5.1.1", "diag": "smtp; 550 5.1.1 User unknown"},
             {"final": r2, "status": "5.2.2", "diag": "smtp; 552 5.2.2 Over quota"}],
    exps=[(r1, "userunknown", True, "5.1.1", "550"), (r2, "mailboxfull", False, "5.2.2", "552")])

n = "vacation-exmail-autoreply-utf8.eml"
d = dt(2026, 12, 3, 5, 0, 0, "+0800")
write(OUT, n, mail([hops(n, HXH, "Postfix", d, "smtpbguseast.qq.com", "203.0.113.77"),
                    ("Date", d), ("From", enc_header("罗静", "utf-8") + " <luo.jing@shenzhen-optics.example>"),
                    ("To", HX), ("Subject", enc_header("自动回复：Re: 样品寄送安排", "utf-8")),
                    ("Message-ID", mid(n, "exmail.qq.com")), ("In-Reply-To", mid(n + "o", "huaxin-trade.example")),
                    ("X-QQ-mid", "bizesmtp88t1764709200tbm3f2a"), ("Auto-Submitted", "auto-replied")],
                   text_part("这是一封自动回复邮件。我目前在外参展（12月2日-12月6日），邮件回复会有延迟。\n样品相关事宜请联系 13800000000。\n", "utf-8", "base64")))
expect(n, "luo.jing@shenzhen-optics.example", "vacation", action="", vendor="exmail")

n = "vacation-263-autoreply-gb2312.eml"
d = dt(2026, 12, 3, 5, 10, 0, "+0800")
write(OUT, n, mail([hops(n, LYH, "Postfix", d, "mxbiz1.263.net", "203.0.113.26"),
                    ("Date", d), ("From", enc_header("吴强", "gb2312") + " <wu.qiang@ruida-steel.example>"),
                    ("To", LY), ("Subject", enc_header("自动回复: 运输单据", "gb2312")),
                    ("Message-ID", mid(n, "263.net")), ("In-Reply-To", mid(n + "o", "lianyun-logistics.example")),
                    ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
                   text_part("您好！您的来信已收到。本人休假至12月10日，如有急事请联系销售部。\n", "gb2312", "quoted-printable")))
expect(n, "wu.qiang@ruida-steel.example", "vacation", action="", vendor="263")

n = "vacation-netvigator-out-of-office.eml"
d = dt(2026, 12, 3, 5, 20, 0, "+0800")
write(OUT, n, mail([hops(n, HKH, "Postfix", d, "mx.netvigator.com", "203.0.113.95"),
                    ("Date", d), ("From", "Cheung Siu Ming <cheung.sm@netvigator.com>"),
                    ("To", HK), ("Subject", enc_header("Automatic reply: 十一月結單", "utf-8")),
                    ("Message-ID", mid(n, "netvigator.com")), ("In-Reply-To", mid(n + "o", "harbourline-hk.example")),
                    ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                   text_part("I am out of the office until 8 December with limited access to email.\n本人於12月8日前休假，如有急事請致電 2345 6789。\n", "utf-8", "quoted-printable")))
expect(n, "cheung.sm@netvigator.com", "vacation", action="", vendor="netvigator")

# ---------------------------------------------------------------- near-misses (no record)
n = "nb-coremail-quota-warning-gbk.eml"
plain(NB, n, host="mail.xidong-univ.example", sw="Coremail", frm="postmaster@mail.xidong-univ.example",
      to="zhang.min@mail.xidong-univ.example", date=dt(2026, 12, 2, 9, 0, 0, "+0800"), subject="邮箱容量提醒",
      charset="gbk", extra=[("Auto-Submitted", "auto-generated")],
      text="""尊敬的用户：

您的邮箱已使用 1.82GB，占总容量 2GB 的 91%。
当邮箱空间已满时，您将无法接收新邮件。请及时清理邮件或联系网络中心申请扩容。

-- 网络与信息中心（Coremail 邮件系统自动发送）
""")

n = "nb-exmail-login-alert-utf8.eml"
plain(NB, n, host="exmail.qq.com", frm=enc_header("腾讯企业邮箱", "utf-8") + " <service@exmail.qq.com>",
      to="tang.jie@shenzhen-optics.example", date=dt(2026, 12, 2, 23, 12, 0, "+0800"), subject="帐号异地登录提醒",
      charset="utf-8", extra=[("Auto-Submitted", "auto-generated")],
      text="""您的企业邮箱帐号 tang.jie@shenzhen-optics.example 于 2026-12-02 23:10 在异地登录。
登录地点：广东 深圳（IP 198.51.100.88）
登录方式：IMAP

如非本人操作，请立即修改密码，并在“设置 - 帐户安全”中查看登录记录。
""")

n = "nb-qiye163-recall-failed-gbk.eml"
plain(NB, n, host="qiye.163.com", frm="postmaster@qiye.163.com", to="he.yun@suzhou-chip.example",
      date=dt(2026, 12, 2, 10, 30, 0, "+0800"), subject="邮件撤回结果通知", charset="gbk",
      extra=[("Auto-Submitted", "auto-generated")],
      text="""您于 2026-12-02 10:21 发送的邮件《十二月排产计划》撤回结果如下：

rd@suzhou-chip.example      撤回成功
buyer@ningbo-bearing.example  撤回失败（对方为外部邮箱，不支持撤回）

撤回失败的邮件对方仍可以正常阅读。
""")

n = "nb-exmail-recall-notice-utf8.eml"
plain(NB, n, host="exmail.qq.com", frm="tang.jie@shenzhen-optics.example", to="sourcing@dongguan-mould.example",
      date=dt(2026, 12, 2, 11, 0, 0, "+0800"), subject="唐杰 撤回了邮件“报价单V2”", charset="utf-8",
      text="""唐杰 希望撤回邮件“报价单V2”。

发件人已撤回此邮件，原邮件可能已从您的收件箱删除。如有疑问请直接联系发件人。
""")

n = "nb-coremail-read-receipt-gb2312.eml"
bnd = boundary(n)
d = dt(2026, 12, 2, 15, 0, 0, "+0800")
mdn = part("message/disposition-notification", f"""Reporting-UA: mail.jinshan-pharma.example; Coremail Webmail
Final-Recipient: rfc822; caiwu@jinshan-pharma.example
Original-Message-ID: {mid(n + 'o', 'huaxin-trade.example')}
Disposition: manual-action/MDN-sent-manually; displayed
""", cte=None)
write(NB, n, mail([hops(n, HXH, "Postfix", d, "mx.jinshan-pharma.example", "203.0.113.44"), ("Date", d),
                   ("From", "caiwu@jinshan-pharma.example"), ("To", HX),
                   ("Subject", enc_header("已读: 发票寄送确认", "gb2312")), ("Message-ID", mid(n, "jinshan-pharma.example"))],
                  multipart("report", [text_part("您发送的邮件“发票寄送确认”已于 2026-12-02 14:58 被收件人阅读。\n", "gb2312", "base64"), mdn],
                            bnd, " report-type=disposition-notification;")))

n = "nb-139-arrival-sms-notice.eml"
plain(NB, n, host="mx1.mail.139.com", frm="139mail@139.com", to="13800138123@139.com",
      date=dt(2026, 12, 2, 8, 0, 0, "+0800"), subject="139邮箱 短信到达通知设置已变更", charset="gbk",
      extra=[("Auto-Submitted", "auto-generated")],
      text="""尊敬的用户：您已成功开通“新邮件到达短信通知”。每当有新邮件到达您的139邮箱，
我们将以短信方式通知您的手机。退订请回复 TD 至 10086。【中国移动 139邮箱】
""")

n = "nb-263-password-expiry-utf8.eml"
plain(NB, n, host="mxbiz1.263.net", frm="admin@ruida-steel.example", to="finance@ruida-steel.example",
      date=dt(2026, 12, 2, 8, 30, 0, "+0800"), subject="密码即将过期提醒", charset="utf-8",
      extra=[("Auto-Submitted", "auto-generated")],
      text="""您的263企业邮箱密码将在 3 天后过期。过期后将无法登录，邮件收发也会失败，请尽快登录网页邮箱修改密码。
""")

n = "nb-aliyun-admin-space-gb18030.eml"
plain(NB, n, host="qiye.aliyun.com", frm="noreply@qiye.aliyun.com", to="admin@jiaxing-valve.example",
      date=dt(2026, 12, 2, 9, 30, 0, "+0800"), subject="企业邮箱空间使用提醒", charset="gb18030",
      extra=[("Auto-Submitted", "auto-generated")],
      text="""管理员您好：

贵企业邮箱（jiaxing-valve.example）已分配空间 95%，其中 3 个成员邮箱使用率超过 90%：
market@jiaxing-valve.example 96%
sun.hao@jiaxing-valve.example 92%
qc@jiaxing-valve.example 91%

建议购买扩容包或提醒成员清理邮件，避免邮箱已满后退信。
-- 阿里邮箱
""")

n = "nb-hinet-newsletter-big5.eml"
plain(NB, n, host="edm.hinet.net", frm="HiNet <edm@hinet.net>", to="wu.shop@msa.hinet.net",
      date=dt(2026, 12, 2, 12, 0, 0, "+0800"), subject="HiNet 光世代 年終優惠 限時加碼", charset="big5",
      extra=[("List-Unsubscribe", "<mailto:unsubscribe@edm.hinet.net>")],
      text="""親愛的用戶您好：

年終感恩回饋！即日起申辦光世代 500M，前 6 個月月租 599 元，再送 HiNet 信箱擴充至 10GB，
不怕信箱已滿收不到信。

本郵件由系統發送，請勿直接回覆。若不想再收到此類訊息，請點選取消訂閱。
""")

n = "nb-yahootw-signin-alert-big5.eml"
plain(NB, n, host="mail.tw.yahoo.com", frm="Yahoo <no-reply@cc.yahoo-inc.com>", to="kevin.huang@yahoo.com.tw",
      date=dt(2026, 12, 2, 20, 0, 0, "+0800"), subject="您的 Yahoo 帳號有新的登入", charset="big5",
      extra=[("Auto-Submitted", "auto-generated")],
      text="""我們發現您的帳號 kevin.huang@yahoo.com.tw 有一次新的登入。

時間：2026年12月2日 19:58
裝置：Windows 電腦上的 Chrome

如果這不是您本人，請立即變更密碼，以免帳號被停用。
""")

n = "nb-netvigator-bill-ready-en.eml"
plain(NB, n, host="mx.netvigator.com", frm="Netvigator <ebill@netvigator.com>", to="kwong.chan@netvigator.com",
      date=dt(2026, 12, 1, 10, 0, 0, "+0800"), subject="Your Netvigator e-bill is ready", charset="us-ascii",
      cte="7bit", text="""Dear Customer,

Your Netvigator e-bill for November 2026 is now ready. Amount due: HK$228.00.
If your payment is not received by the due date, your service may be suspended.

This is an automatically generated message. Please do not reply.
""")

n = "nb-colleague-mailbox-full-question-gbk.eml"
plain(NB, n, host=HXH, sw="Postfix", frm=enc_header("刘洋", "gbk") + " <liu.yang@huaxin-trade.example>",
      to=HX, date=dt(2026, 12, 2, 10, 15, 0, "+0800"), subject="Re: 给金山制药的报价", charset="gbk",
      extra=[("In-Reply-To", "<q-7731@huaxin-trade.example>")],
      text="""小陈：

上午发给金山制药财务的邮件被退回来了，说对方邮箱已满。我已经打电话让他们清理一下，
下午再发一次。你那边先不用重发。

刘洋
""")

n = "nb-colleague-reply-big5.eml"
plain(NB, n, host=TWH, sw="Postfix", frm=enc_header("林佳慧", "big5") + " <lin.jh@baodao-precision.example>",
      to=TW, date=dt(2026, 12, 2, 11, 20, 0, "+0800"), subject="Re: 客戶信箱不存在?", charset="big5",
      extra=[("In-Reply-To", "<tw-2291@baodao-precision.example>")],
      text="""你好，

客戶說他們的舊信箱 chenmy@ms45.hinet.net 已經不用了，新的地址我晚點再確認。
之前的退信我已經轉給業務，請先暫停寄送。

佳慧
""")

n = "nb-marketing-double12-gb2312.eml"
plain(NB, n, host="edm.shop-dragon.example", frm="Dragon Mall <news@shop-dragon.example>", to=HX,
      date=dt(2026, 12, 2, 19, 0, 0, "+0800"), subject="双十二狂欢 满300减50 最后一天", charset="gb2312",
      cte="quoted-printable", extra=[("List-Unsubscribe", "<https://shop-dragon.example/unsub?u=8812>")],
      text="""亲爱的会员：

双十二狂欢最后一天！全场满300减50，部分商品低至五折。
如果您不想再收到此类邮件，请点击退订。本邮件由系统自动发送，请勿回复。
""")

n = "nb-tom-newsletter-gbk.eml"
plain(NB, n, host="edm.tom.com", frm="TOM <newsletter@tom.com>", to="happyfish88@tom.com",
      date=dt(2026, 12, 2, 18, 0, 0, "+0800"), subject="TOM邮箱：安全使用小贴士", charset="gbk",
      text="""尊敬的TOM邮箱用户：

近期出现冒充“系统退信”“邮箱容量已满”的钓鱼邮件，请勿点击其中链接或输入密码。
TOM邮箱官方不会通过邮件向您索取密码。
""")

n = "nb-coremail-spam-digest-utf8.eml"
plain(NB, n, host="mail.nanhai-shipyard.example", sw="Coremail", frm="postmaster@nanhai-shipyard.example",
      to="li.hua@nanhai-shipyard.example", date=dt(2026, 12, 3, 8, 0, 0, "+0800"), subject="垃圾邮件隔离报告（3封）",
      charset="utf-8", extra=[("Auto-Submitted", "auto-generated")],
      text="""以下邮件在过去24小时内被判定为垃圾邮件并隔离：

1. promo@cheap-freight.example  “最低运价 限时”
2. info@seo-boost.example       “网站排名第一”
3. noreply@fake-bank.example    “账户异常”

如需放行，请登录 Coremail 网页邮箱，在“隔离区”中操作。
""")

n = "nb-qiye163-forward-rule-changed.eml"
plain(NB, n, host="qiye.163.com", frm="postmaster@qiye.163.com", to="fa@wuxi-solar.example",
      date=dt(2026, 12, 2, 14, 0, 0, "+0800"), subject="邮件自动转发设置已更改", charset="utf-8",
      extra=[("Auto-Submitted", "auto-generated")],
      text="""您的帐号 fa@wuxi-solar.example 的自动转发设置已更改：
转发到：fa.backup@wuxi-solar.example
如非本人操作，请立即登录网易企业邮箱修改密码。
""")

n = "nb-21cn-verification-code.eml"
plain(NB, n, host="mx.21cn.com", frm="21CN <service@21cn.com>", to="wangfang@21cn.com",
      date=dt(2026, 12, 2, 21, 0, 0, "+0800"), subject="21CN帐号验证码", charset="gbk",
      text="""您的验证码是 482913，10分钟内有效。如非本人操作请忽略本邮件。
""")

n = "nb-ctm-maintenance-notice.eml"
plain(NB, n, host="mail.macau.ctm.net", frm="CTM <noreply@macau.ctm.net>", to="leong.kaman@macau.ctm.net",
      date=dt(2026, 12, 1, 9, 0, 0, "+0800"), subject="系統維護通知 / Aviso de manutencao", charset="utf-8",
      cte="quoted-printable", text="""親愛的客戶：

本公司將於12月6日 02:00-04:00 進行電郵系統維護，期間收發郵件可能會延遲，郵件不會遺失。
Durante a manutencao o envio de mensagens pode sofrer atrasos.
""")

n = "nb-colleague-out-of-office-mention-utf8.eml"
plain(NB, n, host=HKH, sw="Postfix", frm="Mandy Ho <mandy.ho@harbourline-hk.example>", to=HK,
      date=dt(2026, 12, 2, 16, 0, 0, "+0800"), subject="Re: 自動回覆 from Netvigator client", charset="utf-8",
      extra=[("In-Reply-To", "<hk-5512@harbourline-hk.example>")],
      text="""Hi team,

張先生的自動回覆說他休假到12月8日，結單我們下星期再跟進。No need to resend.

Mandy
""")

n = "nb-exmail-mdn-read-utf8.eml"
bnd = boundary(n)
d = dt(2026, 12, 2, 17, 30, 0, "+0800")
mdn = part("message/disposition-notification", f"""Reporting-UA: exmail.qq.com; Tencent Exmail
Final-Recipient: rfc822; support@shenzhen-optics.example
Original-Message-ID: {mid(n + 'o', 'lianyun-logistics.example')}
Disposition: manual-action/MDN-sent-manually; displayed
""", cte=None)
write(NB, n, mail([hops(n, LYH, "Postfix", d, "smtpbguseast.qq.com", "203.0.113.77"), ("Date", d),
                   ("From", "support@shenzhen-optics.example"), ("To", LY),
                   ("Subject", enc_header("回执：提单号更新", "utf-8")), ("Message-ID", mid(n, "exmail.qq.com"))],
                  multipart("report", [text_part("您发给 support@shenzhen-optics.example 的邮件“提单号更新”已被阅读。\n", "utf-8", "base64"), mdn],
                            bnd, " report-type=disposition-notification;")))

write_expected(os.path.join(OUT, "expected.jsonl"))
