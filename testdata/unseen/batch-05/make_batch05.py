#!/usr/bin/env python3
"""Writes testdata/unseen/batch-05: one week of a Chinese newsletter
operator's bounce mailbox, in proportion: Chinese providers (QQ/Exmail,
NetEase 163/126/yeah and Qiye, Sina, Sohu, Aliyun, 139, 189, 21cn, 263,
Coremail-hosted company mail) in their notice layouts and charsets,
international providers and company servers (Gmail, Outlook/Office 365,
Yahoo, iCloud, Postfix, Exim, Sendmail, Exchange, SES), and the auto-replies,
delay notices, complaints and delivery reports such a mailbox also gets;
ordinary Chinese and English mail that comes close to a bounce in
not-bounce/; and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch05.py [DIR]"""
import base64
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

# The operator: a Chinese business newsletter sending from its own Postfix.
OPS = "newsletter@news.huaxin-weekly.example"
OPS_BOUNCE = "bounce@news.huaxin-weekly.example"
MTA = "mta2.news.huaxin-weekly.example"
OPS_IP = "198.51.100.23"
# Staff mailboxes of the operator on hosted mail (Exmail, NetEase Qiye, O365).
STAFF = "editor.zhao@huaxin-weekly.example"


def qid(name, n=10):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1"):
    return received([(frm, ip, by, sw, qid(name), date)])


def zsub(text):
    """A Chinese subject line as the newsletter writes it (UTF-8, B)."""
    return enc_header(text, "utf-8")


def osrc(name, rcpt, subject, date, sender=OPS, body=None, extra=""):
    """The returned original message: the newsletter issue."""
    if body is None:
        body = base64.b64encode("本期导读：制造业出口订单回暖，长三角物流成本下降。\n\n退订请回复 TD。\n".encode()).decode() + "\n"
        ctype = "Content-Transfer-Encoding: base64\n"
    else:
        ctype = ""
    if "huaxin-weekly" in sender:
        ctype = ("List-Unsubscribe: <mailto:unsubscribe@news.huaxin-weekly.example?subject=TD>\n"
                 "X-Campaign: hx-2026-48\n" + ctype)
    extra = ctype + extra
    return orig_headers(sender, rcpt, subject, date, mid(name + "/o", sender.split("@")[1]), extra) + "\n" + body


def heads_only(orig):
    return orig.split("\n\n", 1)[0] + "\n"


ISSUE = zsub("华信周刊 第48期：出口订单回暖")
ISSUE2 = zsub("华信周刊 特刊：2027 年度展望")
EN_ISSUE = "Huaxin Weekly (English edition) #48: export orders recover"


# ======================================================================== Postfix (the operator's MTA)
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

Your message could not be delivered for {hours} hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, *, rcpts, date, osubj, host=MTA, sender=OPS, delayed=False, hours="4.0", arrival=None, ldate=None):
    """rcpts: dicts with rcpt, line (the text after '<rcpt>: '), status, diag,
    remote, reason, hard, reply."""
    text = (PF_DELAY.format(host=host, hours=hours) if delayed else PF_HEAD.format(host=host))
    text += "\n\n".join(f"<{r['rcpt']}>: {r['line']}" for r in rcpts) + "\n"
    recs = []
    for r in rcpts:
        d = {"final": r["rcpt"], "original": r["rcpt"], "action": "delayed" if delayed else "failed",
             "status": r["status"], "remote": r.get("remote"), "diag": r.get("diag")}
        if delayed:
            d["will_retry"] = r.get("until", "")
        recs.append(d)
        expect(name, r["rcpt"], r["reason"], r.get("hard", False), r["status"], r.get("reply", ""),
               "delayed" if delayed else "failed", r.get("vendor", ""))
    arrival = arrival or date
    orig = osrc(name, ", ".join(r["rcpt"] for r in rcpts), osubj, arrival, sender=sender)
    subject = "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm="MAILER-DAEMON@" + host + " (Mail Delivery System)", to=sender, subject=subject,
                    date=date, host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date),
                    text=text, recips=recs, orig=heads_only(orig) if delayed else orig,
                    returned="headers" if delayed else "message", arrival=arrival)


def said(mx, ip, reply, cmd="RCPT TO"):
    # Postfix folds long replies; keep them on one logical line per recipient.
    return f"host {mx}[{ip}] said: {reply} (in reply to {cmd} command)"


def one(name, rcpt, mx, ip, reply, status, reason, *, hard=False, cmd="RCPT TO", date, osubj=ISSUE, vendor="",
        delayed=False, code=None):
    code = code or reply[:3]
    w = write(OUT, name, pf(name, rcpts=[dict(rcpt=rcpt, line=said(mx, ip, reply, cmd), status=status,
                                                remote=mx, diag=reply, reason=reason, hard=hard, reply=code,
                                                vendor=vendor, until=dt(2026, 12, 1, 9, 0, 0) if delayed else "")],
                                 date=date, osubj=osubj, delayed=delayed))
    return w


# ======================================================================== Exim 4 (company servers)
def exim(name, *, host, sender, rcpt, lines, date, osubj, status, diag, reason, hard=False, reply="", vendor="",
         remote=None):
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {rcpt}\n" + "".join("    " + ln + "\n" for ln in lines))
    orig = osrc(name, rcpt, osubj, date, sender=sender)
    expect(name, rcpt, reason, hard, status, reply, "failed", vendor)
    return dsn_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender,
                    subject="Mail delivery failed: returning message to sender", date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, "Exim 4.98", date), text=text,
                    recips=[dict(final=rcpt, status=status, remote=remote, diag=diag)], orig=orig,
                    returned="message", extra=[("X-Failed-Recipients", rcpt)])


# ======================================================================== Sendmail 8
def sm(name, *, host, sender, rcpt, mx, transcript, reason_line, status, diag, date, osubj, reason, hard=False,
       reply="", vendor="", delayed=False):
    if delayed:
        text = (f"**********************************************\n"
                f"**      THIS IS A WARNING MESSAGE ONLY      **\n"
                f"**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                f"**********************************************\n\n"
                f"The original message was received at {date}\nfrom localhost [127.0.0.1]\n\n"
                f"   ----- Transcript of session follows -----\n{transcript}\n"
                f"Warning: message still undelivered after 4 hours\n"
                f"Will keep trying until message is 5 days old\n")
    else:
        text = (f"The original message was received at {date}\nfrom localhost [127.0.0.1]\n\n"
                f"   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n"
                f"    (reason: {reason_line})\n\n"
                f"   ----- Transcript of session follows -----\n{transcript}\n")
    orig = osrc(name, rcpt, osubj, date, sender=sender)
    act = "delayed" if delayed else "failed"
    expect(name, rcpt, reason, hard, status, reply, act, vendor)
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=sender,
                    subject="Warning: could not send message for past 4 hours" if delayed
                    else "Returned mail: see transcript for details", date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, "8.17.2/8.17.2", date), text=text,
                    recips=[dict(final=rcpt, original=rcpt, action=act, status=status, remote=mx, diag=diag)],
                    orig=heads_only(orig), returned="headers")


# ======================================================================== Exchange / Office 365 NDR
def ndr(name, *, host, frm, sender, rcpt, human, remote_text, status, date, osubj, reason, hard=False, reply="",
        vendor="", lang="en", gen=None, delayed=False):
    gen = gen or host
    if lang == "zh":
        text = (f"无法将邮件传递到以下收件人或组：\n\n{rcpt}\n{human}\n\n\n"
                f"管理员诊断信息：\n\n生成服务器: {gen}\n\n{rcpt}\n{remote_text}\n\n原始邮件头:\n\n")
        charset = "utf-8"
        subj = enc_header("无法投递: " + osubj, "utf-8")
    else:
        if delayed:
            text = (f"Delivery is delayed to these recipients or groups:\n\n{rcpt}\n\n"
                    f"Subject: {osubj}\n\n{human}\n\n"
                    f"Diagnostic information for administrators:\n\nGenerating server: {gen}\n\n"
                    f"Receiving server: {rcpt.split('@')[1]}\n\n{rcpt}\n{remote_text}\n\n"
                    "Original message headers:\n\n")
        else:
            text = (f"Delivery has failed to these recipients or groups:\n\n{rcpt}\n{human}\n\n\n"
                    f"Diagnostic information for administrators:\n\nGenerating server: {gen}\n\n"
                    f"{rcpt}\n{remote_text}\n\nOriginal message headers:\n\n")
        charset = "us-ascii"
        subj = ("Delivery delayed:" if delayed else "Undeliverable:") + " " + osubj
    orig = orig_headers(sender, rcpt, osubj if lang == "en" else enc_header(osubj, "utf-8"),
                        date, mid(name + "/o", sender.split("@")[1]))
    text += heads_only(orig)
    act = "delayed" if delayed else "failed"
    expect(name, rcpt, reason, hard, status, reply, act, vendor)
    diag = remote_text.split("'")[1] if "'" in remote_text else remote_text
    return dsn_mail(name, frm=frm, to=sender, subject=subj, date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, "Microsoft SMTP Server (version=TLS1_2)", date),
                    text=text, recips=[dict(final=rcpt, original=rcpt, action=act, status=status,
                                            remote=None, diag=diag)],
                    orig=heads_only(orig), returned="headers", charset=charset,
                    cte="base64" if charset != "us-ascii" else None,
                    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "zh-CN" if lang == "zh" else "en-US")])


# ======================================================================== Chinese provider notices (no DSN part)
def zh_notice(name, *, frm, to, subject, date, host, sw, html, charset, cte="base64", orig=None, extra=(),
              plain=None):
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    body = [text_part(html, charset, cte, "html")] if plain is None else \
        [multipart("alternative", [text_part(plain, charset, cte), text_part(html, charset, cte, "html")],
                   boundary(name, 2))]
    if orig is None:
        return mail(heads, body[0])
    return mail(heads, multipart("mixed", body + [part("message/rfc822", orig, cte=None)], boundary(name)))


def auto_reply(name, *, frm, to, subject, date, host, sw, text, charset, cte="base64", extra=(), html=None):
    heads = [hop(name, host, sw, date, frm="[203.0.113.77]", ip="203.0.113.77"), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if html is None:
        return mail(heads, text_part(text, charset, cte))
    return mail(heads, multipart("alternative", [text_part(text, charset, cte), text_part(html, charset, cte, "html")],
                                 boundary(name)))


def ordinary(name, *, frm, to, subject, date, host, text, charset="utf-8", cte=None, extra=(), html=None):
    heads = [hop(name, host, "Postfix", date, frm="[192.0.2.88]", ip="192.0.2.88"), ("Date", date), ("From", frm),
             ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if cte is None:
        cte = "7bit" if charset == "us-ascii" else "base64"
    if html is None:
        return mail(heads, text_part(text, charset, cte))
    return mail(heads, multipart("alternative", [text_part(text, charset, cte), text_part(html, charset, cte, "html")],
                                 boundary(name)))


# ======================================================================== Chinese providers: replies to the operator's MTA
D = dt  # short

one("qq-mx-mailbox-not-found.eml", "wangjianguo1978@qq.com", "mx3.qq.com", "203.0.113.31",
    "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
    "5.0.0", "userunknown", hard=True, date=D(2026, 11, 23, 9, 14, 2, "+0800"), vendor="qq")

one("qq-mx-domain-frequency-limited.eml", "liu.fang88@qq.com", "mx2.qq.com", "203.0.113.32",
    "550 Domain frequency limited, please try again later. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022",
    "5.0.0", "ratelimited", date=D(2026, 11, 23, 9, 20, 41, "+0800"), vendor="qq")

one("neteaseyeah-user-suspended.eml", "chen_yu_2010@yeah.net", "yeahmx01.mxmail.netease.com", "203.0.113.40",
    "550 User suspended: chen_yu_2010@yeah.net", "5.0.0", "suspend", date=D(2026, 11, 23, 9, 31, 5, "+0800"),
    vendor="netease")

one("netease163-mi-sfq-delayed.eml", "sunhao_hz@163.com", "163mx02.mxmail.netease.com", "203.0.113.41",
    "451 MI:SFQ 163 mx27,QsCowACH7n0bF0VnbSA1Bg--.51120S2 1795743600, please try again "
    "http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.23&hostid=mx27&time=1795743600",
    "4.0.0", "ratelimited", cmd="MAIL FROM", date=D(2026, 11, 23, 13, 40, 0, "+0800"), vendor="netease", delayed=True)

one("netease163-dt-rbl.eml", "zhanglei_gz@163.com", "163mx01.mxmail.netease.com", "203.0.113.42",
    "550 DT:RBL 163 mx15,P8CowADnz1ZmGUVn8XwDAQ--.29921S2 1795744102 "
    "http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.23&hostid=mx15&time=1795744102",
    "5.0.0", "blocked", cmd="MAIL FROM", date=D(2026, 11, 24, 8, 1, 42, "+0800"), vendor="netease")

one("netease126-rp-trc.eml", "mali_sh@126.com", "126mx00.mxmail.netease.com", "203.0.113.43",
    "550 RP:TRC 126 mx3,NsCowAD3b3f1GUVnEhwXBA--.61527S2 1795744500 "
    "http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.23&hostid=mx3&time=1795744500",
    "5.0.0", "ratelimited", date=D(2026, 11, 24, 8, 8, 20, "+0800"), vendor="netease")

one("netease163-mi-spf.eml", "huang.qiang77@163.com", "163mx03.mxmail.netease.com", "203.0.113.44",
    "550 MI:SPF 163 mx9,O8CowAAXZ7UQGkVnGyUVBw--.30117S2 1795744800 "
    "http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.23&hostid=mx9&time=1795744800",
    "5.0.0", "authfailure", cmd="MAIL FROM", date=D(2026, 11, 24, 8, 13, 20, "+0800"), vendor="netease")

one("netease126-exceeded-mailsize.eml", "tian.jing_bj@126.com", "126mx01.mxmail.netease.com", "203.0.113.45",
    "552 Requested mail action aborted: exceeded mailsize limit", "5.0.0", "emailtoolarge", cmd="end of DATA",
    date=D(2026, 11, 24, 10, 2, 11, "+0800"), osubj=ISSUE2, vendor="netease")

one("sina-user-unknown-virtual.eml", "hu.jing@sina.com", "freemx1.sinamail.sina.com.cn", "203.0.113.50",
    "550 5.1.1 <hu.jing@sina.com>: Recipient address rejected: User unknown in virtual mailbox table",
    "5.1.1", "userunknown", hard=True, date=D(2026, 11, 24, 11, 19, 30, "+0800"), vendor="sina")

one("sohu-ip-refused-antispam.eml", "yangfan_1990@sohu.com", "sohumx1.sohu.com", "203.0.113.52",
    "554 5.7.1 Connection from 198.51.100.23 refused: this IP is on the Sohu Mail block list, "
    "please contact postmaster to request removal", "5.7.1", "blocked", cmd="MAIL FROM",
    date=D(2026, 11, 24, 11, 25, 3, "+0800"), vendor="sohu")

one("aliyun-mxhichina-mailbox-size-limit.eml", "caiwu@jinyuan-trade.example", "mxw.mxhichina.com", "203.0.113.55",
    "552 5.2.2 <caiwu@jinyuan-trade.example>: mailbox size limit exceeded, the user has used all of its storage",
    "5.2.2", "mailboxfull", cmd="end of DATA", date=D(2026, 11, 24, 14, 0, 9, "+0800"), vendor="aliyun")

w = write(OUT, "cmcc139-too-many-connections-delayed.eml", pf(
    "cmcc139-too-many-connections-delayed.eml", delayed=True, hours="3.5",
    rcpts=[dict(rcpt="13811112222@139.com", status="4.7.0", remote="mx1.mail.139.com", reply="421",
                line="host mx1.mail.139.com[203.0.113.60] refused to talk to me: 421 4.7.0 Too many "
                     "concurrent connections from 198.51.100.23, slow down and try again later",
                diag="421 4.7.0 Too many concurrent connections from 198.51.100.23, slow down and try again later",
                reason="ratelimited", vendor="139", until=D(2026, 11, 29, 12, 0, 0, "+0800"))],
    date=D(2026, 11, 24, 15, 30, 0, "+0800"), osubj=ISSUE, arrival=D(2026, 11, 24, 12, 0, 0, "+0800")))

one("ct189-mailbox-over-quota.eml", "13905710000@189.cn", "mta-189.21cn.com", "203.0.113.62",
    "552 5.2.2 <13905710000@189.cn>: mailbox over quota, message refused", "5.2.2", "mailboxfull",
    cmd="RCPT TO", date=D(2026, 11, 25, 9, 3, 44, "+0800"), vendor="189")

one("cn21-user-not-exist.eml", "xiaoyu_w@21cn.com", "mx.21cn.com", "203.0.113.63",
    "550 5.1.1 <xiaoyu_w@21cn.com>: Recipient address rejected: user not exist", "5.1.1", "userunknown",
    hard=True, date=D(2026, 11, 25, 9, 5, 1, "+0800"), vendor="21cn")

one("net263-content-looks-like-spam.eml", "purchase@hengtai-pump.example", "mxmail.263.net", "203.0.113.64",
    "554 5.7.1 Message rejected, the content of this mail looks like spam. (263 AntiSpam)", "5.7.1",
    "spamdetected", cmd="end of DATA", date=D(2026, 11, 25, 10, 41, 50, "+0800"), vendor="263")

one("coremail-company-user-not-found.eml", "li.na@hengda-steel.example", "mx.hengda-steel.example", "203.0.113.66",
    "550 User not found: li.na@hengda-steel.example", "5.0.0", "userunknown", hard=True,
    date=D(2026, 11, 25, 11, 2, 37, "+0800"), vendor="coremail")

one("exmail-mx-user-unknown-qiye.eml", "sun.wen@yunhe-bio.example", "mxbiz1.qq.com", "203.0.113.33",
    "550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
    "5.0.0", "userunknown", hard=True, date=D(2026, 11, 26, 9, 12, 8, "+0800"), vendor="qq")

one("netease-qiye-mx-mailbox-full.eml", "service@lanting-tea.example", "qiye163mx01.mxmail.netease.com",
    "203.0.113.46", "552 Mailbox is full: service@lanting-tea.example", "5.0.0", "mailboxfull",
    cmd="RCPT TO", date=D(2026, 11, 26, 9, 40, 12, "+0800"), vendor="netease")


# ======================================================================== Chinese provider notices (the staff's hosted mailboxes)
def staff_orig(name, sender, rcpt, subj_zh, date, body_zh="您好，\n\n附件是下期专栏的约稿说明，请查收。\n\n赵编辑\n"):
    h = orig_headers(sender, rcpt, enc_header(subj_zh, "utf-8"), date, mid(name + "/o", sender.split("@")[1]),
                     "Content-Transfer-Encoding: base64\nX-Mailer: Foxmail 7.2.25.228[cn]\n")
    return h + "\n" + base64.b64encode(body_zh.encode()).decode() + "\n"


def html_wrap(lines):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\"></head>\n"
            "<body style=\"font-size:14px;font-family:'Microsoft YaHei',SimSun\">\n"
            + "\n".join(f"<div>{ln}</div>" if ln else "<br>" for ln in lines) + "\n</body></html>\n")


# Exmail: the recipient's account frozen (suspend), GBK base64 HTML.
n = "exmail-notice-account-frozen-gbk.eml"
html = html_wrap([
    "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：",
    "", "<b>被退回的邮件：</b>",
    "主　　题：关于下期专栏的约稿", "时　　间：2026年11月24日 (星期二) 上午10:12",
    "收 件 人：zhou.min@meiyuan-design.example", "",
    "<b>无法发送到 zhou.min@meiyuan-design.example</b>",
    "退信原因：收件人的帐号已被管理员冻结，暂时无法接收邮件。",
    "对方服务器返回：mx.meiyuan-design.example[203.0.113.70] said: 550 5.2.1 &lt;zhou.min@meiyuan-design.example&gt;: "
    "account frozen by administrator",
    "", "建议解决方案：请通过其他方式联系收件人，确认其帐号状态后再重新发送。",
    "此外，您还可以 <a href=\"https://service.exmail.qq.com/\">点击这里</a> 获取更多关于退信的帮助信息。",
]).format(cs="gbk")
write(OUT, n, zh_notice(n, frm="PostMaster <PostMaster@exmail.qq.com>", to=STAFF,
                        subject=enc_header("退信：关于下期专栏的约稿", "gbk"), date=D(2026, 11, 24, 10, 12, 40, "+0800"),
                        host="smtpbg.exmail.qq.com", sw="Tencent ESMTP", html=html, charset="gbk",
                        orig=staff_orig(n, STAFF, "zhou.min@meiyuan-design.example", "关于下期专栏的约稿",
                                        D(2026, 11, 24, 10, 12, 2, "+0800"))))
expect(n, "zhou.min@meiyuan-design.example", "suspend", False, "5.2.1", "550", vendor="qq")

# QQ Mail: the sender's own queue gave up after repeated timeouts, GB18030.
n = "qq-notice-gave-up-timeouts-gb18030.eml"
html = html_wrap([
    "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：",
    "", "<b>被退回的邮件：</b>",
    "主　　题：华信周刊读者调查问卷", "时　　间：2026年11月21日 (星期六) 下午3:05",
    "收 件 人：editor@hainan-fishery-news.example", "",
    "<b>无法发送到 editor@hainan-fishery-news.example</b>",
    "退信原因：与收件人所在的服务器连接一直超时，系统在 48 小时内多次重试后仍未能投递，已停止发送。",
    "", "建议解决方案：请确认收件人邮箱地址所在的服务器是否正常工作，稍后再重新发送。",
]).format(cs="gb18030")
write(OUT, n, zh_notice(n, frm="PostMaster <PostMaster@qq.com>", to="huaxin_reader_desk@qq.com",
                        subject=enc_header("退信：华信周刊读者调查问卷", "gb18030"),
                        date=D(2026, 11, 23, 15, 6, 30, "+0800"), host="smtpbg.qq.com", sw="Tencent ESMTP",
                        html=html, charset="gb18030"))
expect(n, "editor@hainan-fishery-news.example", "expired", False, "", "", vendor="qq")

# NetEase Qiye: user unknown, with the remote reply, GB18030 plain + HTML.
n = "netease-qiye-notice-userunknown-gb18030.eml"
plain = ("您好！\n\n很抱歉，您发送的邮件未能投递成功。\n\n"
         "收件人：tang.wei@lanshan-media.example\n原邮件主题：华信周刊 编辑部约稿\n"
         "发送时间：2026-11-25 14:22:09\n\n"
         "退信原因：收件人地址不存在，请核对地址后重新发送。\n\n"
         "技术细节：lanshan-media.example[203.0.113.72] 返回：550 5.1.1 <tang.wei@lanshan-media.example>: "
         "Recipient address rejected: User unknown in local recipient table\n\n网易企业邮箱\n")
html = html_wrap(plain.replace("<", "&lt;").replace(">", "&gt;").split("\n")).format(cs="gb18030")
write(OUT, n, zh_notice(n, frm=enc_header("网易企业邮箱", "gb18030") + " <postmaster@qiye.163.com>",
                        to="editor.qian@huaxin-weekly.example", subject=enc_header("系统退信", "gb18030"),
                        date=D(2026, 11, 25, 14, 22, 51, "+0800"), host="qiye163.mxmail.netease.com",
                        sw="Coremail", html=html, plain=plain, charset="gb18030",
                        orig=staff_orig(n, "editor.qian@huaxin-weekly.example", "tang.wei@lanshan-media.example",
                                        "华信周刊 编辑部约稿", D(2026, 11, 25, 14, 22, 9, "+0800"))))
expect(n, "tang.wei@lanshan-media.example", "userunknown", True, "5.1.1", "550", vendor="netease")

# 163: HTML-only notice, mailbox full, GBK.
n = "netease163-notice-html-only-full-gbk.eml"
html = html_wrap([
    "<h3>系统退信</h3>",
    "您好，您于 2026年11月25日 16:03 发送给 <b>ruby.lin@lingxi-tech.example</b> 的邮件没有投递成功。",
    "邮件主题：华信周刊 合作伙伴年会邀请函",
    "", "<b>失败原因：</b>对方邮箱空间已满，无法接收新邮件。",
    "<b>对方服务器返回：</b>552 5.2.2 &lt;ruby.lin@lingxi-tech.example&gt;: Mailbox full, quota exceeded",
    "", "您可以通过电话或其他方式提醒收件人清理邮箱后再发送。",
    "<span style=\"color:#999\">此邮件由网易邮箱系统自动发出，请勿直接回复。</span>",
]).format(cs="gbk")
write(OUT, n, zh_notice(n, frm="Postmaster@163.com", to="huaxin_events@163.com",
                        subject=enc_header("系统退信", "gbk"), date=D(2026, 11, 25, 16, 4, 12, "+0800"),
                        host="m16.mail.163.com", sw="Coremail", html=html, charset="gbk"))
expect(n, "ruby.lin@lingxi-tech.example", "mailboxfull", False, "5.2.2", "552", vendor="netease")

# Coremail-hosted company: mailbox over quota, GBK quoted-printable, bilingual.
n = "coremail-notice-quota-gbk-qp.eml"
plain = ("您发送的邮件未能成功投递到以下收件人：\n"
         "Your message could not be delivered to the following recipient:\n\n"
         "  shen.yue@jingrui-law.example\n\n"
         "原因：对方邮箱容量已超过限额，无法再接收邮件。\n"
         "Reason: 552 5.2.2 Mailbox quota exceeded for this recipient\n\n"
         "原邮件主题：华信周刊 法律专栏样稿\n发送时间：2026-11-26 10:18\n")
write(OUT, n, zh_notice(n, frm=enc_header("系统管理员", "gbk") + " <postmaster@huaxin-group.example>",
                        to="hr@huaxin-group.example", subject=enc_header("退信通知 / Delivery failure", "gbk"),
                        date=D(2026, 11, 26, 10, 19, 3, "+0800"), host="mail.huaxin-group.example",
                        sw="Coremail", html=html_wrap(plain.split("\n")).format(cs="gbk"), plain=plain,
                        charset="gbk", cte="quoted-printable"))
expect(n, "shen.yue@jingrui-law.example", "mailboxfull", False, "5.2.2", "552", vendor="coremail")

# Coremail: delay notice naming its cause (connection timed out), GBK.
n = "coremail-delay-connect-timeout-gbk.eml"
plain = ("邮件延迟投递通知\n\n"
         "您发给 orders@tianhe-ceramics.example 的邮件暂时未能投递成功，系统将在 48 小时内继续尝试，"
         "您无需重新发送。\n\n"
         "邮件主题：华信周刊 2027 年广告刊例\n首次发送时间：2026-11-26 08:30\n\n"
         "延迟原因：连接对方邮件服务器超时 (connect to mx.tianhe-ceramics.example[203.0.113.140]:25: "
         "Connection timed out)\n")
write(OUT, n, zh_notice(n, frm=enc_header("系统管理员", "gbk") + " <postmaster@huaxin-group.example>",
                        to="ads@huaxin-group.example", subject=enc_header("邮件延迟投递通知", "gbk"),
                        date=D(2026, 11, 26, 12, 31, 0, "+0800"), host="mail.huaxin-group.example",
                        sw="Coremail", html=html_wrap(plain.split("\n")).format(cs="gbk"), plain=plain,
                        charset="gbk"))
expect(n, "orders@tianhe-ceramics.example", "networkerror", False, "", "", action="delayed", vendor="coremail")

# Aliyun Mail: the sender's outgoing message held for a virus, GBK.
n = "aliyun-notice-virus-gbk.eml"
plain = ("您好，\n\n您的邮件未能发送到以下收件人：\n\n    kefu@baiyun-outdoor.example\n\n"
         "原因：系统在邮件附件《报价单.zip》中检测到病毒 (Trojan.Win32.Generic)，为保护收件人，该邮件已被拦截。\n\n"
         "请使用杀毒软件检查您的电脑后再重新发送。\n\n阿里邮箱\n")
write(OUT, n, zh_notice(n, frm=enc_header("阿里邮箱", "gbk") + " <postmaster@aliyun.com>",
                        to="huaxin_sales@aliyun.com", subject=enc_header("退信：报价单", "gbk"),
                        date=D(2026, 11, 26, 15, 44, 20, "+0800"), host="out30-1.mail.aliyun.com",
                        sw="Alimail", html=html_wrap(plain.split("\n")).format(cs="gbk"), plain=plain,
                        charset="gbk"))
expect(n, "kefu@baiyun-outdoor.example", "virusdetected", False, "", "", vendor="aliyun")

# Sohu: refused as spam by the remote (NetEase) server, GBK quoted-printable.
n = "sohu-notice-remote-spam-gbk-qp.eml"
plain = ("尊敬的搜狐邮箱用户：\n\n您发送给 wu.xiaodan@163.com 的邮件被对方服务器退回。\n\n"
         "邮件主题：华信周刊 读者来信精选\n\n"
         "退回原因：对方服务器认为该邮件为垃圾邮件，拒绝接收。\n"
         "对方服务器返回信息：554 DT:SPM 163 mx14,HsCowAC3iqQ8H0VnjCgPBA--.31527S2 1795766000\n\n"
         "搜狐闪电邮\n")
write(OUT, n, zh_notice(n, frm="postmaster@sohu.com", to="hx_reader_svc@sohu.com",
                        subject=enc_header("邮件退信通知", "gbk"), date=D(2026, 11, 27, 9, 13, 20, "+0800"),
                        host="mx.sohu.com", sw="Sohu Mail", html=html_wrap(plain.split("\n")).format(cs="gbk"),
                        plain=plain, charset="gbk", cte="quoted-printable"))
expect(n, "wu.xiaodan@163.com", "spamdetected", False, "", "554", vendor="sohu")


# ======================================================================== Auto-replies (Chinese and English)
n = "vacation-exmail-maternity-gbk.eml"
write(OUT, n, auto_reply(n, frm=enc_header("周岚", "gbk") + " <zhou.lan@meiyuan-design.example>", to=OPS,
                         subject=enc_header("自动回复: 华信周刊 第48期：出口订单回暖", "gbk"),
                         date=D(2026, 11, 23, 9, 15, 0, "+0800"), host="smtpbg.exmail.qq.com", sw="Tencent ESMTP",
                         text="您好！\n\n我已于 11 月 20 日开始休产假，预计 2027 年 2 月底返回，期间不能及时查看邮件。\n"
                              "设计相关的紧急事务请联系 li.hua@meiyuan-design.example，谢谢！\n\n周岚\n",
                         charset="gbk", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                               ("In-Reply-To", mid("hx48/zl", "news.huaxin-weekly.example"))]))
expect(n, "zhou.lan@meiyuan-design.example", "vacation", action="", vendor="qq")

n = "vacation-sina-acknowledgement-gb2312.eml"
write(OUT, n, auto_reply(n, frm="qiuyue_sh@sina.com", to=OPS,
                         subject=enc_header("自动回复：华信周刊 第48期：出口订单回暖", "gb2312"),
                         date=D(2026, 11, 23, 9, 40, 12, "+0800"), host="smtp-5-123.smtpsmail.fmail.xd.sinanode.com",
                         sw="Sina Mail", text="这是一封自动回复邮件。\n\n您的来信已经收到，我现在外出开会，"
                                              "回来后会尽快给您回复。\n\n邱悦\n",
                         charset="gb2312", extra=[("Auto-Submitted", "auto-replied"),
                                                  ("Precedence", "auto_reply")]))
expect(n, "qiuyue_sh@sina.com", "vacation", action="", vendor="sina")

n = "vacation-outlook-zh-business-trip.eml"
write(OUT, n, auto_reply(n, frm=enc_header("王丽", "utf-8") + " <wang.li@kaiyuan-logistics.example>", to=OPS,
                         subject=enc_header("自动答复: 华信周刊 第48期：出口订单回暖", "utf-8"),
                         date=D(2026, 11, 23, 10, 2, 0, "+0800"), host="HK2PR02MB4412.apcprd02.prod.outlook.com",
                         sw="Microsoft SMTP Server", text="您好，\n\n我 11 月 23 日至 12 月 2 日在德国出差，邮件回复可能延迟。"
                                                         "\n\n王丽\n开元物流 采购部\n",
                         charset="utf-8",
                         extra=[("Thread-Topic", enc_header("华信周刊 第48期：出口订单回暖", "utf-8")),
                                ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                ("X-MS-Exchange-Inbox-Rules-Loop", "wang.li@kaiyuan-logistics.example"),
                                ("Content-Language", "zh-CN")]))
expect(n, "wang.li@kaiyuan-logistics.example", "vacation", action="", vendor="")

n = "vacation-sieve-en-sabbatical.eml"
write(OUT, n, auto_reply(n, frm="Daniel Moreau <d.moreau@atelier-moreau.example>", to=OPS,
                         subject="Auto: " + EN_ISSUE, date=D(2026, 11, 24, 3, 30, 0, "+0100"),
                         host="mail.atelier-moreau.example", sw="Postfix",
                         text="Thank you for your message.\n\nI am on sabbatical until 15 January 2027 and am not "
                              "reading mail. For orders please write to the studio desk.\n\nDaniel\n",
                         charset="us-ascii", cte="7bit",
                         extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")]))
expect(n, "d.moreau@atelier-moreau.example", "vacation", action="", vendor="")


# ======================================================================== Exchange (Chinese UI) and Office 365
n = "exchange2016-zh-recip-not-found.eml"
write(OUT, n, ndr(n, host="EX02.huaxin-group.example", frm=enc_header("Microsoft Outlook", "utf-8") +
                  " <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@huaxin-group.example>",
                  sender="legal@huaxin-group.example", rcpt="gao.peng@huaxin-group.example",
                  human="在 huaxin-group.example 中找不到该电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。"
                        "如果问题仍然存在，请联系你的技术支持部门。",
                  remote_text="远程服务器返回'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
                  status="5.1.1", date=D(2026, 11, 24, 16, 20, 0, "+0800"), osubj="合同审阅意见",
                  reason="userunknown", hard=True, reply="550", lang="zh"))

n = "o365-mailbox-full-shutoff-quota.eml"
write(OUT, n, ndr(n, host="TY0PR06MB5123.apcprd06.prod.outlook.com",
                  frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@huaxin-weekly.example>",
                  sender=STAFF, rcpt="a.tanaka@kinoshita-shoji.example",
                  human="The recipient's mailbox is full and can't accept messages now. Please try resending your "
                        "message later, or contact the recipient directly.",
                  remote_text="Remote Server returned '554 5.2.2 mailbox full; "
                              "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
                              "Failed to process message due to a permanent exception with message "
                              "[BeginDiagnosticData]Cannot open mailbox.'",
                  status="5.2.2", date=D(2026, 11, 25, 10, 2, 0, "+0800"), osubj="Interview request: Huaxin Weekly",
                  reason="mailboxfull", reply="554"))

n = "o365-dns-domain-does-not-exist.eml"
write(OUT, n, ndr(n, host="TY0PR06MB5123.apcprd06.prod.outlook.com",
                  frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@huaxin-weekly.example>",
                  sender=STAFF, rcpt="press@delta-seafood.example",
                  human="The domain you attempted to contact doesn't exist. This could be because the domain name is "
                        "misspelled or it no longer exists.",
                  remote_text="Remote Server returned '550 5.4.310 DNS domain delta-seafood.example does not exist "
                              "[Message=InfoDomainNonexistent] [LastAttemptedServerName=delta-seafood.example] "
                              "[TY0PR06MB5123.apcprd06.prod.outlook.com 2026-11-25T04:11:52.812Z 08DD0C]'",
                  status="5.4.310", date=D(2026, 11, 25, 12, 11, 53, "+0800"), osubj="Photo permissions for issue 48",
                  reason="hostunknown", hard=True, reply="550"))

n = "o365-submission-quota-exceeded.eml"
write(OUT, n, ndr(n, host="TY0PR06MB5123.apcprd06.prod.outlook.com",
                  frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@huaxin-weekly.example>",
                  sender="events@huaxin-weekly.example", rcpt="xu.ming@hengda-steel.example",
                  human="Your message couldn't be sent because you've reached the limit on the number of messages "
                        "you can send in a day. Try again tomorrow.",
                  remote_text="Remote Server returned '554 5.2.2 STOREDRV.Submission.Exception:"
                              "SubmissionQuotaExceededException; Failed to process message due to a permanent "
                              "exception with message [BeginDiagnosticData]Cannot submit message.'",
                  status="5.2.2", date=D(2026, 11, 26, 17, 40, 0, "+0800"), osubj="Invitation: Huaxin forum 2027",
                  reason="ratelimited", reply="554"))

n = "o365-delayed-connection-refused.eml"
write(OUT, n, ndr(n, host="TY0PR06MB5123.apcprd06.prod.outlook.com",
                  frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@huaxin-weekly.example>",
                  sender=STAFF, rcpt="office@qingdao-fisheries.example",
                  human="This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                        "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 "
                        "minutes. You'll be notified if the message can't be delivered by that time.",
                  remote_text="Last error: '451 4.4.316 Connection refused [Message=Socket error code 10061] "
                              "[LastAttemptedServerName=mail.qingdao-fisheries.example] "
                              "[LastAttemptedServerIP=203.0.113.205:25] [TY0PR06MB5123.apcprd06.prod.outlook.com]'",
                  status="4.4.316", date=D(2026, 11, 27, 14, 8, 0, "+0800"), osubj="Catch statistics for the December issue",
                  reason="networkerror", reply="451", delayed=True))


# ======================================================================== International: the operator's Postfix and the big providers
G = "gmail-smtp-in.l.google.com"
one("gmail-account-inactive-5.2.1.eml", "jiawei.mao@gmail.com", G, "192.0.2.27",
    "550-5.2.1 The email account that you tried to reach is inactive. For more information, go to 550 5.2.1 "
    "https://support.google.com/mail/?p=DisabledUser d9443c01a7336-21c3d4e0b1asi1234567ad.2 - gsmtp",
    "5.2.1", "suspend", osubj=EN_ISSUE, date=D(2026, 11, 23, 2, 10, 4), vendor="google")

one("gmail-no-ptr-5.7.25.eml", "lucia.fernandez.hx@gmail.com", G, "192.0.2.28",
    "550-5.7.25 [198.51.100.23] The IP address sending this message does not have a 550-5.7.25 PTR record setup, "
    "or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not "
    "accept messages 550-5.7.25 from IPs with missing PTR records. For more information, go to 550-5.7.25 "
    "https://support.google.com/mail/answer/81126#ip-practices 98e67ed59e1d1-2ee9c4a2b1esi7781206a91.9 - gsmtp",
    "5.7.25", "requireptr", cmd="end of DATA", osubj=EN_ISSUE, date=D(2026, 11, 23, 2, 12, 40), vendor="google")

one("gmail-dmarc-alignment-4.7.32-delayed.eml", "peter.ng.sg@gmail.com", G, "192.0.2.29",
    "421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in 421-4.7.32 this message "
    "isn't aligned with either the authenticated SPF or DKIM 421-4.7.32 organizational domain. To learn more about "
    "DMARC alignment, visit 421-4.7.32 https://support.google.com/a?p=dmarc-alignment 421 4.7.32 To learn more "
    "about Gmail requirements for bulk senders, visit https://support.google.com/a?p=sender-guidelines. "
    "41be03b00d2f7-7fd1a2b3c4dsi1122334a12.300 - gsmtp",
    "4.7.32", "authfailure", cmd="end of DATA", osubj=EN_ISSUE, date=D(2026, 11, 23, 6, 0, 0), vendor="google",
    delayed=True)

one("gmail-receiving-rate-4.2.1-delayed.eml", "orders.hx.partner@gmail.com", G, "192.0.2.30",
    "450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional "
    "messages from being delivered. Please resend your 450-4.2.1 message at a later point. If the user is able to "
    "receive mail at that 450-4.2.1 time, your message will be delivered. For more information, go to 450 4.2.1 "
    "https://support.google.com/mail/?p=ReceivingRate 5b1f17b1804b1-43d2a1b2c3dsi123456f5.44 - gsmtp",
    "4.2.1", "ratelimited", osubj=EN_ISSUE, date=D(2026, 11, 23, 6, 4, 0), vendor="google", delayed=True)

one("outlookcom-s3140-network-block-list.eml", "kevin.huang88@hotmail.com", "hotmail-com.olc.protection.outlook.com",
    "192.0.2.40",
    "550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service "
    "provider since part of their network is on our block list (S3140). You can also refer your provider to "
    "http://mail.live.com/mail/troubleshooting.aspx#errors. [DM6NAM12FT045.eop-nam12.prod.protection.outlook.com "
    "2026-11-23T03:14:07.512Z 08DD0A1B2C3D4E5F]", "5.7.1", "blocked", cmd="MAIL FROM", osubj=EN_ISSUE,
    date=D(2026, 11, 23, 3, 14, 8), vendor="microsoft")

one("outlookcom-4.7.650-ip-reputation-delayed.eml", "amy.tsai.tw@outlook.com", "outlook-com.olc.protection.outlook.com",
    "192.0.2.41",
    "451 4.7.650 The mail server [198.51.100.23] has been temporarily rate limited due to IP reputation. For e-mail "
    "delivery information, see https://aka.ms/postmaster (S775) [BN1NAM02FT011.eop-nam02.prod.protection.outlook.com "
    "2026-11-23T05:40:00.101Z 08DD0A1B2C3D4E60]", "4.7.650", "badreputation", cmd="MAIL FROM", osubj=EN_ISSUE,
    date=D(2026, 11, 23, 9, 40, 0), vendor="microsoft", delayed=True)

one("icloud-user-does-not-exist.eml", "qin.yu@icloud.com", "mx01.mail.icloud.com", "192.0.2.50",
    "550 5.1.1 <qin.yu@icloud.com>: user does not exist", "5.1.1", "userunknown", hard=True, osubj=EN_ISSUE,
    date=D(2026, 11, 24, 1, 2, 3), vendor="apple")

one("icloud-cs01-local-policy.eml", "s.okafor@me.com", "mx02.mail.icloud.com", "192.0.2.51",
    "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    "5.7.1", "policyviolation", cmd="end of DATA", osubj=EN_ISSUE, date=D(2026, 11, 24, 1, 6, 30), vendor="apple")

one("yahoo-dd-no-yahoo-account.eml", "ellen.zhu@yahoo.com", "mta7.am0.yahoodns.net", "192.0.2.60",
    "554 delivery error: dd This user doesn't have a yahoo.com account (ellen.zhu@yahoo.com) [0] - "
    "mta4023.mail.gq1.yahoo.com", "5.0.0", "userunknown", hard=True, cmd="end of DATA", osubj=EN_ISSUE,
    date=D(2026, 11, 24, 2, 0, 1), vendor="yahoo")

one("postfix-sender-domain-not-found-delayed.eml", "purchasing@brightline-audio.example", "mx1.brightline-audio.example",
    "192.0.2.70", "450 4.1.8 <newsletter@news.huaxin-weekly.example>: Sender address rejected: Domain not found",
    "4.1.8", "rejected", osubj=EN_ISSUE, date=D(2026, 11, 24, 4, 30, 0), delayed=True)

one("postfix-client-blocked-zen.eml", "sales@northgate-valves.example", "mx.northgate-valves.example", "192.0.2.71",
    "554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using zen.spamhaus.org; "
    "https://www.spamhaus.org/query/ip/198.51.100.23", "5.7.1", "blocked", osubj=EN_ISSUE,
    date=D(2026, 11, 24, 4, 33, 0))

# A company Postfix: one local user missing, one mailbox full behind Dovecot LMTP.
n = "postfix-company-two-local-failures.eml"
write(OUT, n, pf(n, host="mail.sunrise-optics.example", date=D(2026, 11, 25, 8, 1, 0, "+0800"), osubj=ISSUE, rcpts=[
    dict(rcpt="guo.ping@sunrise-optics.example", line='unknown user: "guo.ping"', status="5.1.1",
         diag="X-Postfix; unknown user: \"guo.ping\"", reason="userunknown", hard=True),
    dict(rcpt="liang.xue@sunrise-optics.example",
         line="host mail.sunrise-optics.example[private/dovecot-lmtp] said: 552 5.2.2 <liang.xue@sunrise-optics.example> "
              "Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
         status="5.2.2", diag="552 5.2.2 <liang.xue@sunrise-optics.example> Quota exceeded (mailbox for user is full)",
         reason="mailboxfull", reply="552")]))

n = "postfix-loops-back-to-myself.eml"
write(OUT, n, pf(n, date=D(2026, 11, 25, 9, 0, 0, "+0800"), osubj=ISSUE, rcpts=[
    dict(rcpt="info@kaifa-robotics.example", line="mail for kaifa-robotics.example loops back to myself",
         status="5.4.6", diag="X-Postfix; mail for kaifa-robotics.example loops back to myself",
         reason="networkerror")]))

n = "postfix-lost-connection-end-of-data-delayed.eml"
write(OUT, n, pf(n, delayed=True, date=D(2026, 11, 25, 13, 0, 0, "+0800"), osubj=ISSUE, rcpts=[
    dict(rcpt="news@tianhe-ceramics.example",
         line="lost connection with mx.tianhe-ceramics.example[203.0.113.140] while sending end of data -- message "
              "may be sent more than once", status="4.4.2",
         diag="X-Postfix; lost connection with mx.tianhe-ceramics.example[203.0.113.140] while sending end of data "
              "-- message may be sent more than once", reason="networkerror", until=D(2026, 11, 30, 9, 0, 0, "+0800"))]))

n = "postfix-tls-handshake-failure-delayed.eml"
write(OUT, n, pf(n, delayed=True, date=D(2026, 11, 25, 13, 5, 0, "+0800"), osubj=ISSUE, rcpts=[
    dict(rcpt="board@silkroad-chamber.example",
         line="Cannot start TLS: handshake failure", status="4.7.5",
         diag="X-Postfix; Cannot start TLS: handshake failure", reason="failedstarttls",
         until=D(2026, 11, 30, 9, 0, 0, "+0800"))]))

n = "postfix-timed-out-final-after-days.eml"
write(OUT, n, pf(n, date=D(2026, 11, 28, 9, 0, 0, "+0800"), osubj=ISSUE, arrival=D(2026, 11, 23, 9, 0, 0, "+0800"),
                 rcpts=[dict(rcpt="contact@old-harbour-hotel.example",
                             line="connect to mail.old-harbour-hotel.example[203.0.113.150]:25: Connection timed out",
                             status="4.4.1", remote=None,
                             diag="X-Postfix; connect to mail.old-harbour-hotel.example[203.0.113.150]:25: "
                                  "Connection timed out", reason="expired")]))


# ======================================================================== Exim (the English edition's hosted sender)
EN_SENDER = "news@huaxin-weekly-en.example"
EXIM_HOST = "server12.hostpoint-web.example"

n = "exim-mx-point-to-non-existent-hosts.eml"
write(OUT, n, exim(n, host=EXIM_HOST, sender=EN_SENDER, rcpt="orders@danube-textiles.example",
                   lines=["all relevant MX records point to non-existent hosts"],
                   date=D(2026, 11, 24, 7, 11, 0), osubj=EN_ISSUE, status="5.0.0",
                   diag="X-Exim; all relevant MX records point to non-existent hosts", reason="hostunknown",
                   hard=True))

n = "exim-remote-sender-verify-failed.eml"
write(OUT, n, exim(n, host=EXIM_HOST, sender=EN_SENDER, rcpt="nakup@ostrava-glass.example",
                   lines=["host mx.ostrava-glass.example [203.0.113.171]",
                          "SMTP error from remote mail server after RCPT TO:<nakup@ostrava-glass.example>:",
                          "550-Verification failed for <news@huaxin-weekly-en.example>",
                          "550-Called:   192.0.2.55",
                          "550-Sent:     RCPT TO:<news@huaxin-weekly-en.example>",
                          "550-Response: 550 5.1.1 No such user here",
                          "550 Sender verify failed"],
                   date=D(2026, 11, 24, 7, 15, 0), osubj=EN_ISSUE, status="5.0.0", remote="mx.ostrava-glass.example",
                   diag="smtp; 550-Verification failed for <news@huaxin-weekly-en.example> 550-Called:   192.0.2.55 "
                        "550-Sent:     RCPT TO:<news@huaxin-weekly-en.example> 550-Response: 550 5.1.1 No such user "
                        "here 550 Sender verify failed", reason="rejected", reply="550"))

n = "exim-attachment-type-not-accepted.eml"
write(OUT, n, exim(n, host=EXIM_HOST, sender=EN_SENDER, rcpt="accounts@fjord-marine-supply.example",
                   lines=["host mx1.fjord-marine-supply.example [203.0.113.175]",
                          "SMTP error from remote mail server after end of data:",
                          "550-This message contains an attachment of a type we do not accept",
                          "550-(media-kit-2027.docm). Please send documents as PDF or share a link",
                          "550 instead."],
                   date=D(2026, 11, 24, 7, 40, 0), osubj="Huaxin Weekly media kit 2027", status="5.0.0",
                   remote="mx1.fjord-marine-supply.example",
                   diag="smtp; 550-This message contains an attachment of a type we do not accept "
                        "550-(media-kit-2027.docm). Please send documents as PDF or share a link 550 instead.",
                   reason="policyviolation", reply="550"))


# ======================================================================== Sendmail 8 (company relays)
n = "sendmail-gmail-account-does-not-exist.eml"
write(OUT, n, sm(n, host="relay.harbin-instruments.example", sender="export@harbin-instruments.example",
                 rcpt="t.bauer.hx@gmail.com", mx="gmail-smtp-in.l.google.com",
                 transcript="... while talking to gmail-smtp-in.l.google.com.:\n>>> DATA\n"
                            "<<< 550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                            "<<< 550-5.1.1 double-checking the recipient's email address for typos or\n"
                            "<<< 550-5.1.1 unnecessary spaces. For more information, go to\n"
                            "<<< 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 2adb3069b0e04-53e1a2b3c4dsi1 - gsmtp\n"
                            "550 5.1.1 <t.bauer.hx@gmail.com>... User unknown\n<<< 503 5.5.1 RCPT first.",
                 reason_line="550 5.1.1 <t.bauer.hx@gmail.com>... User unknown", status="5.1.1",
                 diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try",
                 date=D(2026, 11, 25, 3, 20, 0, "+0800"), osubj="Quotation HI-2026-1187", reason="userunknown",
                 hard=True, reply="550", vendor="google"))

n = "sendmail-read-error-delayed.eml"
write(OUT, n, sm(n, host="relay.harbin-instruments.example", sender="export@harbin-instruments.example",
                 rcpt="import@jadeport-shipping.example", mx="mx.jadeport-shipping.example",
                 transcript="... while talking to mx.jadeport-shipping.example.:\n>>> DATA\n<<< 354 go ahead\n>>> .\n"
                            "<<< (no reply)\n<import@jadeport-shipping.example>... Deferred: 451 4.4.1 reply: "
                            "read error from mx.jadeport-shipping.example.",
                 reason_line="", status="4.4.1", diag="smtp; 451 4.4.1 reply: read error from mx.jadeport-shipping.example.",
                 date=D(2026, 11, 25, 7, 20, 0, "+0800"), osubj="Shipping schedule for week 49", reason="networkerror",
                 reply="451", delayed=True))

n = "sendmail-insufficient-disk-delayed.eml"
write(OUT, n, sm(n, host="relay.harbin-instruments.example", sender="export@harbin-instruments.example",
                 rcpt="buyer@caspian-trading.example", mx="mail.caspian-trading.example",
                 transcript="... while talking to mail.caspian-trading.example.:\n>>> MAIL From:<export@harbin-instruments.example> SIZE=48211\n"
                            "<<< 452 4.4.5 Insufficient disk space; try again later\n"
                            "<buyer@caspian-trading.example>... Deferred: 452 4.4.5 Insufficient disk space; try again later",
                 reason_line="", status="4.4.5", diag="smtp; 452 4.4.5 Insufficient disk space; try again later",
                 date=D(2026, 11, 26, 7, 20, 0, "+0800"), osubj="Calibration certificates", reason="systemfull",
                 reply="452", delayed=True))


# ======================================================================== Amazon SES (the operator's second sending route)
n = "ses-direct-hop-count-loop.eml"
orig = osrc(n, "ops@lakeside-brewing.example", EN_ISSUE, D(2026, 11, 26, 1, 0, 0), sender="news@mail.huaxin-weekly.example")
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@amazonses.com", to="news@mail.huaxin-weekly.example",
                       subject="Delivery Status Notification (Failure)", date=D(2026, 11, 26, 1, 0, 9),
                       host="a27-12.smtp-out.us-west-2.amazonses.com",
                       hops="Return-Path: <>\n" + hop(n, "a27-12.smtp-out.us-west-2.amazonses.com", "Amazon SES", D(2026, 11, 26, 1, 0, 9)),
                       text="An error occurred while trying to deliver the mail to the following recipients:\n"
                            "ops@lakeside-brewing.example\n",
                       recips=[dict(final="ops@lakeside-brewing.example", status="5.4.14",
                                    remote="mx.lakeside-brewing.example",
                                    diag="smtp; 554 5.4.14 Hop count exceeded - possible mail loop ATTR34 "
                                         "[CY4PEPF0000FCC1.namprd03.prod.outlook.com 2026-11-26T01:00:08.331Z]")],
                       orig=orig, returned="message", reporting="a27-12.smtp-out.us-west-2.amazonses.com"))
expect(n, "ops@lakeside-brewing.example", "networkerror", False, "5.4.14", "554", vendor="amazonses")

n = "ses-sns-permanent-message-too-large.eml"
ses_msg = {
    "notificationType": "Bounce",
    "bounce": {"feedbackId": "0100019361a2b3c4-5d6e7f80-1a2b-4c3d-9e8f-0a1b2c3d4e5f-000000",
               "bounceType": "Permanent", "bounceSubType": "MessageTooLarge",
               "bouncedRecipients": [{"emailAddress": "design@pinewood-studio.example", "action": "failed",
                                      "status": "5.3.4",
                                      "diagnosticCode": "smtp; 552 5.3.4 Message size exceeds fixed maximum message size"}],
               "timestamp": "2026-11-26T02:14:51.000Z",
               "remoteMtaIp": "203.0.113.190",
               "reportingMTA": "dns; a27-33.smtp-out.us-west-2.amazonses.com"},
    "mail": {"timestamp": "2026-11-26T02:14:49.000Z", "source": "news@mail.huaxin-weekly.example",
             "sourceArn": "arn:aws:ses:us-west-2:111122223333:identity/mail.huaxin-weekly.example",
             "sourceIp": "198.51.100.23", "sendingAccountId": "111122223333",
             "messageId": "0101019361a2b1e0-aa11bb22-cc33-dd44-ee55-ff6677889900-000000",
             "destination": ["design@pinewood-studio.example"]},
}
sns = {"Type": "Notification", "MessageId": "6c1f2d3e-4a5b-5c6d-8e9f-0a1b2c3d4e5f",
       "TopicArn": "arn:aws:sns:us-west-2:111122223333:ses-bounces",
       "Message": json.dumps(ses_msg, separators=(",", ":")),
       "Timestamp": "2026-11-26T02:14:52.118Z", "SignatureVersion": "1",
       "Signature": "EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=",
       "SigningCertURL": "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-example.pem",
       "UnsubscribeURL": "https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:111122223333:ses-bounces:example"}
body = json.dumps(sns, indent=2)
write(OUT, n, mail([hop(n, "mail-out.sns.us-west-2.amazonaws.com", "Amazon SES", D(2026, 11, 26, 2, 14, 53),
                        frm="a8-19.smtp-out.amazonses.com", ip="192.0.2.190"),
                    ("Date", D(2026, 11, 26, 2, 14, 53)), ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"),
                    ("To", "ses-bounces@huaxin-weekly.example"), ("Subject", "AWS Notification Message"),
                    ("Message-ID", mid(n, "us-west-2.amazonses.com")),
                    ("x-amz-sns-message-type", "Notification"),
                    ("x-amz-sns-topic-arn", "arn:aws:sns:us-west-2:111122223333:ses-bounces")],
                   text_part(body, "utf-8", "quoted-printable")))
expect(n, "design@pinewood-studio.example", "emailtoolarge", False, "5.3.4", "552", vendor="amazonses")


# ======================================================================== More of the week's everyday failures
one("netease163-hl-ihu.eml", "dongmei_lu@163.com", "163mx00.mxmail.netease.com", "203.0.113.47",
    "554 HL:IHU 163 mx22,W8CowAB3o5JfI0VnWiMWBw--.8121S2 1795780000 "
    "http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.23&hostid=mx22&time=1795780000",
    "5.0.0", "blocked", cmd="MAIL FROM", date=D(2026, 11, 27, 8, 2, 0, "+0800"), vendor="netease")

one("qq-mx-content-rejected.eml", "84211937@qq.com", "mx1.qq.com", "203.0.113.34",
    "550 Error: content rejected.http://mail.qq.com/zh_CN/help/content/rejectedmail.html", "5.0.0",
    "spamdetected", cmd="end of DATA", date=D(2026, 11, 27, 8, 5, 12, "+0800"), osubj=ISSUE2, vendor="qq")

one("cn21-local-error-delayed.eml", "laoli_gz@21cn.com", "mx.21cn.com", "203.0.113.65",
    "451 4.3.0 Requested action aborted: local error in processing, please try again later", "4.3.0",
    "systemerror", cmd="end of DATA", date=D(2026, 11, 27, 11, 0, 0, "+0800"), vendor="21cn", delayed=True)

one("company-cannot-find-hostname-delayed.eml", "caigou@hongyun-auto.example", "mail.hongyun-auto.example",
    "203.0.113.80", "450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.23]", "4.7.1",
    "requireptr", date=D(2026, 11, 27, 11, 30, 0, "+0800"), delayed=True)

one("postfix-company-relay-access-denied.eml", "editor@westlake-review.example", "mx.westlake-review.example",
    "192.0.2.72", "554 5.7.1 <editor@westlake-review.example>: Relay access denied", "5.7.1", "norelaying",
    osubj=EN_ISSUE, date=D(2026, 11, 27, 3, 0, 0))


# ======================================================================== A delivery report and complaints
n = "postfix-success-delivered-to-mailbox.eml"
text = ("This is the mail system at host mail.lotus-garden-hotel.example.\n\n"
        "Your message was successfully delivered to the destination(s)\n"
        "listed below. If the message was delivered to mailbox you will\n"
        "receive no further notifications. Otherwise you may still receive\n"
        "notifications of mail delivery errors from other systems.\n\n"
        "                   The mail system\n\n"
        "<reservations@lotus-garden-hotel.example>: delivered to mailbox\n")
orig = osrc(n, "reservations@lotus-garden-hotel.example", "Room block for Huaxin forum 2027", D(2026, 11, 27, 2, 0, 0, "+0800"),
            sender="events@huaxin-weekly.example", body="Dear reservations team,\n\nplease confirm the room block.\n")
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@mail.lotus-garden-hotel.example (Mail Delivery System)",
                       to="events@huaxin-weekly.example", subject="Successful Mail Delivery Report",
                       date=D(2026, 11, 27, 2, 0, 3, "+0800"), host="mail.lotus-garden-hotel.example",
                       hops="Return-Path: <>\n" + hop(n, "mail.lotus-garden-hotel.example", "Postfix", D(2026, 11, 27, 2, 0, 3, "+0800")),
                       text=text, recips=[dict(final="reservations@lotus-garden-hotel.example",
                                               original="reservations@lotus-garden-hotel.example",
                                               action="delivered", status="2.0.0",
                                               diag="X-Postfix; delivered to mailbox")],
                       orig=heads_only(orig), returned="headers"))
expect(n, "reservations@lotus-garden-hotel.example", "delivered", False, "2.0.0", "", action="delivered")


def arf(name, *, frm, to, subject, date, host, human, ftype, ua, rcpt, src_ip, orig, extra_fields="",
        orig_type="message/rfc822"):
    fields = (f"Feedback-Type: {ftype}\nUser-Agent: {ua}\nVersion: 1\n"
              f"Original-Mail-From: <{OPS_BOUNCE}>\nOriginal-Rcpt-To: <{rcpt}>\n"
              f"Arrival-Date: {date}\nSource-IP: {src_ip}\nReported-Domain: news.huaxin-weekly.example\n" + extra_fields)
    parts = [text_part(human), part("message/feedback-report", fields, cte=None),
             part(orig_type, orig, cte=None)]
    heads = [hop(name, host, "ESMTP", date), ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host))]
    return mail(heads, multipart("report", parts, boundary(name), " report-type=feedback-report;"))


n = "arf-isp-abuse-newsletter.eml"
o = osrc(n, "h.gruber@mailhaven-isp.example", EN_ISSUE, D(2026, 11, 24, 2, 0, 0))
write(OUT, n, arf(n, frm="MailHaven Feedback Loop <fbl@feedback.mailhaven-isp.example>", to="fbl@huaxin-weekly.example",
                  subject="Abuse report: complaint about mail from 198.51.100.23", date=D(2026, 11, 24, 6, 30, 0),
                  host="fbl1.mailhaven-isp.example",
                  human="This is an email abuse report for an email message received from IP 198.51.100.23 on "
                        "Tue, 24 Nov 2026 02:00:00 +0000.\nA subscriber of ours marked it as spam.\n"
                        "For more information about this format please see https://www.rfc-editor.org/rfc/rfc5965.\n",
                  ftype="abuse", ua="MailHaven-FBL/3.2", rcpt="h.gruber@mailhaven-isp.example", src_ip="198.51.100.23",
                  orig=o))
expect(n, "h.gruber@mailhaven-isp.example", "feedback", action="")

n = "arf-webmail-redacted-headers.eml"
o = heads_only(osrc(n, "reader.2291@webmail-cloud.example", ISSUE, D(2026, 11, 26, 1, 0, 0)))
write(OUT, n, arf(n, frm="Complaints <complaints@fbl.webmail-cloud.example>", to="fbl@huaxin-weekly.example",
                  subject="Complaint feedback report", date=D(2026, 11, 26, 9, 12, 0),
                  host="fbl.webmail-cloud.example",
                  human="A user of webmail-cloud.example reported the attached message as junk.\n",
                  ftype="abuse", ua="WebmailCloud-Complaints/1.0", rcpt="reader.2291@webmail-cloud.example",
                  src_ip="198.51.100.23", orig=o, orig_type="text/rfc822-headers"))
expect(n, "reader.2291@webmail-cloud.example", "feedback", action="")

n = "qq-notice-inactive-account-gb18030.eml"
html = html_wrap([
    "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：",
    "", "<b>被退回的邮件：</b>",
    "主　　题：华信周刊 读者年度回馈", "时　　间：2026年11月27日 (星期五) 上午9:20",
    "收 件 人：33920017@qq.com", "",
    "<b>无法发送到 33920017@qq.com</b>",
    "退信原因：该邮箱因长期未登录已被停用，暂时不能接收邮件。",
    "", "建议解决方案：请通过其他方式提醒收件人登录邮箱以重新启用，之后再发送。",
]).format(cs="gb18030")
write(OUT, n, zh_notice(n, frm="PostMaster <PostMaster@qq.com>", to="huaxin_reader_desk@qq.com",
                        subject=enc_header("退信：华信周刊 读者年度回馈", "gb18030"),
                        date=D(2026, 11, 27, 9, 20, 30, "+0800"), host="smtpbg.qq.com", sw="Tencent ESMTP",
                        html=html, charset="gb18030"))
expect(n, "33920017@qq.com", "suspend", False, "", "", vendor="qq")

n = "exim-retry-timeout-exceeded.eml"
write(OUT, n, exim(n, host=EXIM_HOST, sender=EN_SENDER, rcpt="info@kestrel-ropes.example",
                   lines=["retry timeout exceeded"], date=D(2026, 11, 28, 7, 0, 0), osubj=EN_ISSUE, status="5.0.0",
                   diag="X-Exim; retry timeout exceeded", reason="expired"))

one("coremail-company-mailbox-full-delayed.eml", "zhangjie@ruifeng-pharma.example", "mx.ruifeng-pharma.example",
    "203.0.113.67", "452 4.2.2 Mailbox is full, please try again later", "4.2.2", "mailboxfull",
    date=D(2026, 11, 28, 10, 0, 0, "+0800"), vendor="coremail", delayed=True)


# ======================================================================== Near-misses: ordinary mail (no record at all)
def nb(name, **kw):
    write(NB, name, ordinary(name, **kw))


quoted = ("\n\n------------------ 原始邮件 ------------------\n发件人: \"华信周刊\" <newsletter@news.huaxin-weekly.example>\n"
          "发送时间: 2026年11月23日(星期一) 上午9:00\n收件人: \"liuyang\" <liuyang_cd@qq.com>\n"
          "主题: 华信周刊 第48期：出口订单回暖\n\n本期导读：制造业出口订单回暖……\n退订请回复 TD。\n")
nb("nb-zh-reader-unsubscribe-reply-gbk.eml", frm="\"liuyang\" <liuyang_cd@qq.com>", to=OPS,
   subject=enc_header("回复：华信周刊 第48期：出口订单回暖", "gbk"), date=D(2026, 11, 23, 10, 1, 0, "+0800"),
   host="smtpbg.qq.com", text="TD\n\n以后不要再发了，谢谢。" + quoted, charset="gbk",
   extra=[("X-Mailer", "QQMail 2.x"), ("In-Reply-To", mid("hx48/ly", "news.huaxin-weekly.example"))])

nb("nb-zh-reader-changed-address-gb18030.eml", frm=enc_header("陈老师", "gb18030") + " <chen.teacher@126.com>",
   to=OPS, subject=enc_header("邮箱地址变更", "gb18030"), date=D(2026, 11, 23, 20, 15, 0, "+0800"),
   host="m15.mail.126.com",
   text="编辑部你好：\n\n我原来的学校邮箱 chen.hong@old-school.example 年底就停用了，"
        "以后周刊请发到这个 126 邮箱。旧地址可以删掉。\n\n谢谢！\n陈红\n", charset="gb18030")

nb("nb-zh-qq-login-security-notice.eml", frm=enc_header("QQ邮箱团队", "utf-8") + " <10000@qq.com>",
   to="huaxin_reader_desk@qq.com", subject=enc_header("QQ邮箱安全提醒：你的帐号在新设备登录", "utf-8"),
   date=D(2026, 11, 24, 8, 0, 0, "+0800"), host="smtpbg.qq.com",
   text="你的QQ邮箱帐号 huaxin_reader_desk@qq.com 于 2026-11-24 07:58 在新设备（Windows，浙江杭州）登录。\n"
        "如果不是你本人操作，请立即修改密码。\n\nQQ邮箱团队\n")

nb("nb-zh-163-vip-capacity-promo-gbk.eml", frm=enc_header("网易邮箱", "gbk") + " <vip@service.netease.example>",
   to="huaxin_events@163.com", subject=enc_header("您的邮箱容量已使用 95%，升级 VIP 享 50G 空间", "gbk"),
   date=D(2026, 11, 24, 12, 0, 0, "+0800"), host="service.netease.example",
   text="尊敬的用户：\n\n您的邮箱容量已使用 95%。容量用满后，新邮件将被退回给发件人。\n"
        "现在升级 VIP 邮箱，首年仅需 99 元，即享 50G 超大空间。\n\n立即升级：https://vip.service.netease.example/\n"
        "退订此类邮件请点击这里。\n", charset="gbk",
   extra=[("List-Unsubscribe", "<https://vip.service.netease.example/unsub>")])

nb("nb-zh-directmail-daily-report.eml", frm=enc_header("邮件推送", "utf-8") + " <no-reply@notice.cloud-push.example>",
   to="ops@huaxin-weekly.example", subject=enc_header("邮件推送日报 2026-11-24", "utf-8"),
   date=D(2026, 11, 25, 8, 0, 0, "+0800"), host="notice.cloud-push.example",
   text="发信域名：news.huaxin-weekly.example\n\n发送 12,480 封，送达 12,102 封，退信 378 封。\n"
        "退信分布：地址不存在 201，邮箱已满 57，被拒收 120。\n无效地址已自动加入无效地址列表，下次发送将自动跳过。\n\n"
        "详情请登录控制台查看。\n")

nb("nb-zh-exmail-admin-member-disabled.eml", frm=enc_header("腾讯企业邮", "utf-8") + " <notice@bizmail-admin.example>",
   to="it@huaxin-weekly.example", subject=enc_header("管理员通知：成员帐号已停用", "utf-8"),
   date=D(2026, 11, 25, 9, 30, 0, "+0800"), host="bizmail-admin.example",
   text="管理员你好：\n\n按照你在 11 月 24 日提交的操作，成员 former.intern@huaxin-weekly.example 的帐号已停用，"
        "停用后该成员将无法登录和收发邮件。\n如需恢复，请在管理后台“成员管理”中操作。\n\n腾讯企业邮\n")

nb("nb-zh-newsletter-seed-copy-gbk.eml", frm=enc_header("华信周刊", "gbk") + " <newsletter@news.huaxin-weekly.example>",
   to="seed01@huaxin-weekly.example", subject=enc_header("华信周刊 第48期：出口订单回暖", "gbk"),
   date=D(2026, 11, 23, 9, 0, 0, "+0800"), host=MTA,
   text="如果您无法正常查看本邮件，请点击这里。\n\n本期导读：\n1. 制造业出口订单回暖\n2. 长三角物流成本下降\n"
        "3. 读者问答：为什么有时收不到周刊？——多半是邮箱已满或被拦截，请把我们加入白名单。\n\n"
        "退订请回复 TD 至 unsubscribe@news.huaxin-weekly.example\n", charset="gbk",
   extra=[("List-Unsubscribe", "<mailto:unsubscribe@news.huaxin-weekly.example?subject=TD>"),
          ("Precedence", "bulk")])

nb("nb-zh-human-reply-to-autoreply.eml", frm=enc_header("赵编辑", "utf-8") + " <editor.zhao@huaxin-weekly.example>",
   to="zhou.lan@meiyuan-design.example", subject=enc_header("回复: 自动回复: 华信周刊 第48期：出口订单回暖", "utf-8"),
   date=D(2026, 11, 23, 11, 0, 0, "+0800"), host="smtpbg.exmail.qq.com",
   text="周岚你好，\n\n看到你的自动回复了，恭喜！专栏的事等你回来再说，先祝一切顺利。\n\n赵编辑\n",
   extra=[("In-Reply-To", mid("vacation-exmail-maternity-gbk.eml", "smtpbg.exmail.qq.com"))])

nb("nb-zh-sf-express-delivery-failed.eml", frm=enc_header("顺丰速运", "utf-8") + " <notice@sf-notice.example>",
   to="ads@huaxin-group.example", subject=enc_header("快件派送失败通知：SF1402587731266", "utf-8"),
   date=D(2026, 11, 26, 17, 0, 0, "+0800"), host="sf-notice.example",
   text="尊敬的客户：\n\n您寄往 上海市浦东新区 的快件 SF1402587731266 今日派送失败，原因：收件人电话无人接听。\n"
        "快递员将于明日再次派送，如需改址请回复本邮件或致电客服。\n")

nb("nb-zh-phish-tuixin-release-gbk.eml", frm=enc_header("系统管理员", "gbk") + " <admin@mailbox-upgrade-cn.example>",
   to="editor.zhao@huaxin-weekly.example", subject=enc_header("【重要】您有 6 封邮件被退回，请及时处理", "gbk"),
   date=D(2026, 11, 27, 2, 13, 0, "+0800"), host="mailbox-upgrade-cn.example",
   text="尊敬的用户：\n\n由于您的邮箱容量不足，您有 6 封来信被系统退回。\n"
        "请在 24 小时内点击下方链接验证身份并释放邮件，否则邮箱将被停用。\n\n"
        "http://mailbox-upgrade-cn.example/release?u=editor.zhao\n\n邮件系统管理中心\n", charset="gbk")

nb("nb-zh-colleague-invalid-address-list.eml", frm=enc_header("钱编辑", "utf-8") + " <editor.qian@huaxin-weekly.example>",
   to="ops@huaxin-weekly.example", subject=enc_header("上周退信统计和待删除地址", "utf-8"),
   date=D(2026, 11, 27, 10, 0, 0, "+0800"), host="smtpbg.exmail.qq.com",
   text="运营同事好，\n\n上周群发退信 378 封，主要是 QQ 和 163 的地址不存在。下面几个是反复退信的，"
        "请在下次群发前从名单里删掉：\n\n  wangjianguo1978@qq.com  （地址不存在）\n"
        "  chen_yu_2010@yeah.net   （帐号被停用）\n  hu.jing@sina.com        （地址不存在）\n\n"
        "另外 163 那边有限流，建议分批发送。\n\n钱编辑\n")

nb("nb-en-campaign-report.eml", frm="Campaign Reports <reports@esp-dashboard.example>", to="ops@huaxin-weekly.example",
   subject="Your campaign \"Huaxin Weekly EN #48\" report", date=D(2026, 11, 24, 12, 0, 0),
   host="esp-dashboard.example", charset="us-ascii",
   text="Campaign: Huaxin Weekly EN #48\nSent: 8,204\nDelivered: 8,031 (97.9%)\nBounced: 173 (hard 118, soft 55)\n"
        "Complaints: 3\nUnsubscribed: 41\n\nHard-bounced addresses were removed from your audience automatically.\n"
        "View the full report: https://esp-dashboard.example/r/48\n")

nb("nb-en-reader-colleague-left.eml", frm="Mark Ellison <m.ellison@pacific-freight.example>", to=EN_SENDER,
   subject="Re: " + EN_ISSUE, date=D(2026, 11, 24, 15, 0, 0, "-0800"), host="mail.pacific-freight.example",
   charset="us-ascii",
   text="Hi,\n\nAnna Kowalski left the company in October, so please take anna.k@pacific-freight.example off your "
        "list. You can add me instead.\n\nThanks,\nMark\n\n> Huaxin Weekly (English edition) #48\n> Export orders "
        "recover across the Yangtze delta ...\n")

nb("nb-en-google-storage-almost-full.eml", frm="Google <no-reply@accounts.google.example>", to="hx.partner.desk@gmail.com",
   subject="Your Google storage is 95% full", date=D(2026, 11, 25, 4, 0, 0), host="accounts.google.example",
   charset="us-ascii",
   text="You've used 95% of your 15 GB of storage.\n\nWhen you run out of space, you won't be able to send or "
        "receive email in Gmail, and new messages to you will bounce.\n\nFree up space or get more storage: "
        "https://one.google.example/storage\n")

nb("nb-en-quarantine-digest.eml", frm="Microsoft 365 Message center <quarantine@messaging.microsoft.example>",
   to=STAFF, subject="Microsoft 365 security: You have messages in quarantine", date=D(2026, 11, 25, 6, 0, 0),
   host="messaging.microsoft.example", charset="us-ascii",
   text="Review these messages\n3 messages are being held for you to review as of 11/25/2026.\n\n"
        "Sender: promo@cheap-ink-deals.example\nSubject: Toner 70% off\nDate: 11/24/2026 11:02 PM\n\n"
        "Sender: info@webinar-invites.example\nSubject: Last seats: growth webinar\nDate: 11/24/2026 8:40 PM\n\n"
        "Sender: billing@unknown-invoices.example\nSubject: Invoice overdue\nDate: 11/24/2026 5:13 PM\n\n"
        "Review messages in the quarantine: https://security.microsoft.example/quarantine\n")

nb("nb-en-sms-delivery-receipt.eml", frm="SMS Gateway <dlr@sms-gateway.example>", to="ops@huaxin-weekly.example",
   subject="Delivery report: batch 20261125-07", date=D(2026, 11, 25, 7, 0, 0), host="sms-gateway.example",
   charset="us-ascii",
   text="Delivery report for batch 20261125-07 (event reminder)\n\n+8613800000001  DELIVERED  2026-11-25 06:58\n"
        "+8613800000002  DELIVERED  2026-11-25 06:58\n+8613800000003  UNDELIVERABLE (absent subscriber)\n\n"
        "Delivered 2 of 3.\n")

nb("nb-en-it-mx-migration-notice.eml", frm="IT Service Desk <it@huaxin-group.example>", to="all-staff@huaxin-group.example",
   subject="Mail migration this Saturday: expect delayed mail", date=D(2026, 11, 26, 9, 0, 0, "+0800"),
   host="mail.huaxin-group.example", charset="us-ascii",
   text="Dear colleagues,\n\nOn Saturday we move our MX records to Exchange Online. Between 22:00 and 02:00 some "
        "incoming mail may be delayed, and senders may receive a \"Delivery delayed\" notice. Nothing needs to be "
        "resent. If a partner gets \"550 5.1.1 recipient not found\" after Sunday, forward it to us.\n\nIT Service Desk\n")

nb("nb-en-list-autoreply-rules-discussion.eml", frm="Priya Raman <priya@helpdesk-forum.example>",
   to="support-ops@lists.helpdesk-forum.example", subject="Re: Auto-reply rules for the support desk",
   date=D(2026, 11, 26, 13, 0, 0, "+0530"), host="lists.helpdesk-forum.example", charset="us-ascii",
   text="We only send an auto-reply when Auto-Submitted is absent and Precedence is not bulk or list, so "
        "vacation replies and bounces never loop. Works well for us.\n\nPriya\n",
   extra=[("List-Id", "Support ops <support-ops.lists.helpdesk-forum.example>"), ("Precedence", "list")])

nb("nb-en-bank-statement-returned.eml", frm="Harbour Bank <statements@harbour-bank.example>", to="finance@huaxin-weekly.example",
   subject="Your paper statement was returned to us", date=D(2026, 11, 27, 1, 0, 0), host="harbour-bank.example",
   charset="us-ascii",
   text="Dear customer,\n\nthe paper statement we posted to your registered address was returned as undeliverable. "
        "Please update your postal address in online banking.\n\nHarbour Bank\n")

nb("nb-en-phish-delivery-failure-held.eml", frm="Mail Delivery Subsystem <no-reply@secure-mailbox-verify.example>",
   to=STAFF, subject="Delivery Failure: 4 incoming messages held", date=D(2026, 11, 28, 3, 0, 0),
   host="secure-mailbox-verify.example", charset="us-ascii",
   text="Your mailbox quota has been exceeded and 4 incoming messages were not delivered.\n\n"
        "Release pending messages: http://secure-mailbox-verify.example/release\n\n"
        "Failure to verify within 24 hours will result in account suspension.\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
