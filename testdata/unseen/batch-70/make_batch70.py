#!/usr/bin/env python3
"""Writes testdata/unseen/batch-70: one night of a Chinese education and
training company's outgoing mail (course notices, class schedules, fee
reminders to parents and students): NetEase 163/126/yeah with its published
codes, QQ/Foxmail/Exmail, Sina, Sohu, 21cn, 189/139/wo, Aliyun, Tom,
Coremail at schools and government, and parents' addresses at overseas
providers; notices in Chinese, English and both, in GB2312, GBK, GB18030,
Big5 and UTF-8, base64 and quoted-printable, DSN and prose-only; delays,
自动回复 auto-replies, and near-misses in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch70.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       orig_headers, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

CO = "chengzhang-edu.example"
NOTICE = "jiaowu@" + CO
KEFU = "kefu@" + CO
OURMTA = "mta1." + CO
OURIP = "192.0.2.25"


def qid(name, n=10):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def minute(name):
    return int(hashlib.md5(name.encode()).hexdigest()[:4], 16) % 55


def reply_of(diag):
    d = diag.strip()
    return d[:3] if d[:3].isdigit() else ""


SUBJECTS = ["寒假班开课通知 Winter class schedule", "【成长教育】12月课时费缴费提醒",
            "家长会邀请函 Parent-teacher meeting", "期末测评成绩单", "Your IELTS mock test results",
            "【成长教育】线上直播课链接"]


def subj(name):
    s = SUBJECTS[int(hashlib.md5(name.encode()).hexdigest()[4:6], 16) % len(SUBJECTS)]
    return enc_header(s, "utf-8")


def returned(name, frm, to, body=False):
    h = orig_headers(frm, to, subj(name), dt(2026, 12, 3, 20, minute(name), 12, "+0800"),
                     mid(name + "/orig", CO), "X-Mailer: CZ-Notify 3.2")
    if body:
        h += "\nDear parents, the winter class starts on 15 January.\n"
    return h


# ---------------------------------------------------------------- layouts

def postfix(name, rcpt, status, diag, remote, remote_ip, reason, hard, vendor="", delayed=False,
            stage="RCPT TO", sender=NOTICE):
    """Our own Postfix's DSN; diag is the remote reply."""
    m = minute(name)
    date = dt(2026, 12, 4, 1 if not delayed else 5, m, 41, "+0800")
    if remote:
        said = f"host {remote}[{remote_ip}] said: {diag} (in reply to {stage} command)"
    else:
        said = diag
    if delayed:
        text = (f"This is the mail system at host {OURMTA}.\n\n"
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for more than 4 hour(s).\n"
                "It will be retried until it is 5 day(s) old.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "                   The mail system\n\n"
                f"<{rcpt}>: {said}\n")
        subject = "Delayed Mail (still being retried)"
        action = "delayed"
    else:
        text = (f"This is the mail system at host {OURMTA}.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "                   The mail system\n\n"
                f"<{rcpt}>: {said}\n")
        subject = "Undelivered Mail Returned to Sender"
        action = "failed"
    r = {"final": rcpt, "action": action, "status": status}
    if remote:
        r["remote"] = remote
        r["diag"] = diag
    else:
        r["diag"] = "x-postfix; " + diag
    hops = received([("localhost", "127.0.0.1", OURMTA, "Postfix", qid(name), date)])
    msg = dsn_mail(name, frm=f"MAILER-DAEMON@{OURMTA} (Mail Delivery System)", to=sender,
                   subject=subject, date=date, host=OURMTA, hops="Return-Path: <>\n" + hops, text=text,
                   recips=[r], orig=returned(name, sender, rcpt),
                   arrival=dt(2026, 12, 3, 20, m, 12, "+0800"))
    write(OUT, name, msg)
    expect(name, rcpt, reason, hard, status, reply_of(diag), action, vendor)


def postfix_two(name, rows, vendor="postfix", sender=NOTICE):
    """One DSN for a class mailing with two failed recipients.
    rows: (rcpt, status, diag, remote, remote_ip, reason, hard)."""
    m = minute(name)
    date = dt(2026, 12, 4, 2, m, 9, "+0800")
    text = (f"This is the mail system at host {OURMTA}.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "                   The mail system\n")
    recips = []
    for rcpt, status, diag, remote, rip, reason, hard in rows:
        text += f"\n<{rcpt}>: host {remote}[{rip}] said: {diag} (in reply to RCPT TO command)\n"
        recips.append({"final": rcpt, "action": "failed", "status": status, "remote": remote, "diag": diag})
    hops = received([("localhost", "127.0.0.1", OURMTA, "Postfix", qid(name), date)])
    msg = dsn_mail(name, frm=f"MAILER-DAEMON@{OURMTA} (Mail Delivery System)", to=sender,
                   subject="Undelivered Mail Returned to Sender", date=date, host=OURMTA,
                   hops="Return-Path: <>\n" + hops, text=text, recips=recips,
                   orig=returned(name, sender, "undisclosed-recipients:;"),
                   arrival=dt(2026, 12, 3, 20, m, 12, "+0800"))
    write(OUT, name, msg)
    for rcpt, status, diag, remote, rip, reason, hard in rows:
        expect(name, rcpt, reason, hard, status, reply_of(diag), "failed", vendor)


def exmail(name, rcpt, cn_reason, server_said, reason, hard, status="", reply="", charset="gb18030",
           cte="base64", vendor="exmail", html=False, delayed=False, sender=KEFU):
    """Tencent Exmail's prose notice to our staff mailbox (no DSN part)."""
    m = minute(name)
    date = dt(2026, 12, 3, 22, m, 5, "+0800")
    if delayed:
        cn = (f"您发往 {rcpt} 的邮件暂时未能投递成功，系统将在接下来的48小时内继续尝试投递，"
              "您无需重新发送。\n")
        en = f"Your message to {rcpt} has not been delivered yet. We will keep trying for 48 hours; you need not resend it.\n"
        subject = "邮件延迟投递通知 Delivery delayed"
        action = "delayed"
    else:
        cn = f"很抱歉您的邮件没能成功发送给以下收件人：\n  {rcpt}\n"
        en = f"Sorry, your message could not be delivered to the following recipient:\n  {rcpt}\n"
        subject = "退信：" + "邮件投递失败 Undelivered Mail Returned"
        action = "failed"
    body = (cn + f"\n退信原因：{cn_reason}\n对方服务器返回：\n  {server_said}\n\n"
            "-----------------------------------------------\n" + en
            + f"Reason given by the remote server:\n  {server_said}\n\n"
            "此为系统邮件，请勿直接回复。 This is a system message, please do not reply.\n")
    if html:
        body = "<html><body><pre>" + body.replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>\n"
    hops = received([("localhost", "127.0.0.1", "smtpbg.exmail.qq.com", "NewMx", qid(name), date, sender)])
    heads = ["Return-Path: <>", hops, ("Date", date),
             ("From", enc_header("腾讯企业邮箱系统", "gb18030") + " <postmaster@exmail.qq.com>"), ("To", sender),
             ("Subject", enc_header(subject, charset)), ("Message-ID", mid(name, "exmail.qq.com")),
             ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, text_part(body, charset, cte, "html" if html else "plain")))
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


def aliyun(name, rcpt, cn_text, reason, hard, status="", reply="", charset="gb2312", cte="base64",
           vendor="aliyun", sender="zhaosheng@" + CO):
    """Alibaba Mail (qiye.aliyun.com) prose notice, Chinese only."""
    m = minute(name)
    date = dt(2026, 12, 3, 23, m, 33, "+0800")
    body = (f"您好，\n\n您于 2026-12-03 23:{m:02d} 发送的邮件未能送达以下收件人：\n\n    {rcpt}\n\n"
            f"{cn_text}\n\n原邮件主题：寒假班开课通知\n\n阿里邮箱 系统退信\n")
    hops = received([("smtp.qiye.aliyun.com", "203.0.113.41", "mx1.qiye.aliyun.com", "Alimail", qid(name), date, sender)])
    heads = ["Return-Path: <>", hops, ("Date", date),
             ("From", enc_header("阿里邮箱系统", "gb2312") + " <postmaster@qiye.aliyun.com>"), ("To", sender),
             ("Subject", enc_header("系统退信：邮件未能送达", charset)), ("Message-ID", mid(name, "qiye.aliyun.com")),
             ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, text_part(body, charset, cte)))
    expect(name, rcpt, reason, hard, status, reply, "failed", vendor)


def coremail(name, rcpt, host, cn_text, status, diag, reason, hard, charset="gb2312", cte="base64",
             vendor="coremail", delayed=False, sender=NOTICE):
    """A school's or government office's Coremail that accepted and then
    could not deliver: a DSN with a Chinese text part."""
    m = minute(name)
    date = dt(2026, 12, 4, 0, m, 17, "+0800")
    action = "delayed" if delayed else "failed"
    text = (f"这是 {host} 的邮件系统自动发出的通知。\n\n"
            + ("您的邮件尚未投递成功，系统会继续重试。\n" if delayed else "您的邮件无法投递给下列收件人：\n")
            + f"\n  {rcpt}\n  原因：{cn_text}\n  ({diag})\n\nCoremail 邮件系统\n")
    r = {"final": rcpt, "action": action, "status": status, "diag": diag}
    hops = received([("localhost", "127.0.0.1", host, "Coremail", qid(name), date)])
    msg = dsn_mail(name, frm=f"postmaster@{host}", to=sender,
                   subject=enc_header("系统退信" if not delayed else "邮件延迟投递通知", charset), date=date, host=host,
                   hops="Return-Path: <>\n" + hops, text=text, recips=[r], charset=charset, cte=cte,
                   orig=returned(name, sender, rcpt))
    write(OUT, name, msg)
    expect(name, rcpt, reason, hard, status, reply_of(diag), action, vendor)


def exim(name, rcpt, lines, reason, hard, status="", reply="", vendor="exim", sender="peixun@sz." + CO):
    """The Shenzhen branch's Exim: plain-text failure, English only."""
    m = minute(name)
    date = dt(2026, 12, 3, 21, m, 2, "+0800")
    host = "mail.sz." + CO
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {rcpt}\n    {lines}\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + returned(name, sender, rcpt, body=True))
    hops = received([("localhost", "127.0.0.1", host, "Exim 4.97", qid(name), date)])
    heads = ["Return-path: <>", hops, ("Date", date),
             ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
             ("Subject", "Mail delivery failed: returning message to sender"),
             ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-replied"),
             ("X-Failed-Recipients", rcpt)]
    write(OUT, name, mail(heads, text_part(text)))
    expect(name, rcpt, reason, hard, status, reply, "failed", vendor)


def hk_big5(name, rcpt, zh_text, en_text, reason, hard, status="", reply="", vendor="exchange"):
    """The Hong Kong centre's gateway: a Big5 prose notice, quoted-printable."""
    m = minute(name)
    date = dt(2026, 12, 3, 22, m, 44, "+0800")
    host = "gw.hk." + CO
    sender = "admin.hk@" + CO
    body = (f"傳送失敗通知\n\n您的郵件無法傳送至：{rcpt}\n{zh_text}\n\n"
            f"Delivery to {rcpt} failed.\n{en_text}\n")
    hops = received([("localhost", "127.0.0.1", host, "Microsoft SMTP Server", qid(name), date)])
    heads = ["Return-Path: <>", hops, ("Date", date), ("From", f"postmaster@{host}"), ("To", sender),
             ("Subject", enc_header("傳送失敗：寒假課程通知", "big5")), ("Message-ID", mid(name, host)),
             ("Auto-Submitted", "auto-generated")]
    write(OUT, name, mail(heads, text_part(body, "big5", "quoted-printable")))
    expect(name, rcpt, reason, hard, status, reply, "failed", vendor)


def autoreply(name, frm, subject, text, charset="gbk", cte="base64", vendor="", headers=None):
    m = minute(name)
    date = dt(2026, 12, 3, 21, m, 3, "+0800")
    host = frm.split("@")[1]
    hops = received([("mx-out." + host, "198.51.100.200", "mx." + CO, "Postfix", qid(name), date, NOTICE)])
    heads = ["Return-Path: <" + frm + ">", hops, ("Date", date), ("From", frm), ("To", NOTICE),
             ("Subject", enc_header(subject, charset)), ("Message-ID", mid(name, host)),
             ("In-Reply-To", mid(name + "/orig", CO))] + (headers or [("Auto-Submitted", "auto-replied")])
    write(OUT, name, mail(heads, text_part(text, charset, cte)))
    expect(name, frm, "vacation", False, "", "", "", vendor)


def nearmiss(name, frm, to, subject, text, charset="utf-8", cte="base64", extra=(), subtype="plain"):
    m = minute(name)
    date = dt(2026, 12, 3, 19, m, 50, "+0800")
    host = frm.split("<")[-1].rstrip(">").split("@")[1]
    hops = received([("out." + host, "198.51.100.77", "mx." + CO, "Postfix", qid(name), date, to)])
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", enc_header(subject, charset)),
             ("Message-ID", mid(name, host))] + list(extra)
    write(NB, name, mail(heads, text_part(text, charset, cte, subtype)))


# ---------------------------------------------------------------- NetEase 163/126/yeah

postfix("b70-163-dt-spm-course-ad.eml", "chen.mama2015@163.com", "5.0.0",
        "554 DT:SPM 163 mx14,QM8vCgC3_7Fz3Y9nAbc9Aw--.12881S2 1764781201,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.25&hostid=mx14&time=1764781201",
        "163mx01.mxmail.netease.com", "220.181.12.51", "spamdetected", False, "netease", stage="end of DATA")
postfix("b70-126-dt-rbl-listed.eml", "lixiang_dad@126.com", "5.0.0",
        "550 DT:RBL Your sending IP is listed on a public block list 126 mx17,sMjowADHdv9E3o9n",
        "126mx00.mxmail.netease.com", "220.181.15.111", "blocked", False, "netease", stage="MAIL FROM")
postfix("b70-163-mi-cel-bad-commands.eml", "zhou.tingting@163.com", "5.0.0",
        "550 MI:CEL Too many erroneous commands in this session, connection closed 163 mx22,IMCowAD8",
        "163mx03.mxmail.netease.com", "220.181.12.53", "syntaxerror", False, "netease", stage="RCPT TO")
postfix("b70-yeah-mi-dmc-too-many-mails-conn.eml", "xiaoming.parent@yeah.net", "4.0.0",
        "451 MI:DMC Number of messages on this connection exceeds the limit, please reconnect later yeah mx2,Q8CowAB",
        "mx.yeah.net", "123.58.177.132", "ratelimited", False, "netease", delayed=True)
postfix("b70-126-mi-nhd-helo-empty.eml", "wu.jianguo@126.com", "5.0.0",
        "550 MI:NHD HELO/EHLO argument is empty or not a valid host name 126 mx05",
        "126mx01.mxmail.netease.com", "220.181.15.112", "syntaxerror", False, "netease", stage="HELO")
postfix("b70-163-rp-rcl-recipient-count.eml", "gaoyuan.student@163.com", "5.0.0",
        "553 RP:RCL Recipient count of this message exceeds the allowed limit 163 smtp9,DcCowAD",
        "163mx02.mxmail.netease.com", "220.181.12.52", "ratelimited", False, "netease")
postfix("b70-163-rp-trc-daily-recipients.eml", "tang.xue@163.com", "5.0.0",
        "550 RP:TRC Total recipients sent by this sender today exceed the limit, please try tomorrow 163 mx11",
        "163mx00.mxmail.netease.com", "220.181.12.50", "ratelimited", False, "netease")
postfix("b70-126-rp-qrc-short-burst.eml", "songjia2010@126.com", "4.0.0",
        "451 RP:QRC Too many recipients in a short period from your side, slow down 126 mx09",
        "126mx02.mxmail.netease.com", "220.181.15.113", "ratelimited", False, "netease", delayed=True)
postfix("b70-163-hl-ihu-ip-suspended.eml", "ma.lili1988@163.com", "5.0.0",
        "550 HL:IHU The sending IP has been suspended for abnormal connections or spam 163 mx20,QsCowAB2",
        "163mx01.mxmail.netease.com", "220.181.12.51", "blocked", False, "netease", stage="MAIL FROM")
postfix("b70-yeah-hl-ipb-not-allowed.eml", "huangpu.class3@yeah.net", "5.0.0",
        "554 HL:IPB This IP is not in the list of addresses allowed to send to us yeah mx1",
        "mx.yeah.net", "123.58.177.131", "blocked", False, "netease", stage="MAIL FROM")
postfix("b70-163-sl-local-blacklist.eml", "liu.yang_88@163.com", "5.0.0",
        "554 SL:LBL Sending IP is on our local blacklist 163 mx04",
        "163mx02.mxmail.netease.com", "220.181.12.52", "blocked", False, "netease", stage="MAIL FROM")
postfix("b70-126-user-not-found-or-suspended.eml", "zhang.hao.1979@126.com", "5.0.0",
        "550 User not found or suspended: zhang.hao.1979@126.com",
        "126mx00.mxmail.netease.com", "220.181.15.111", "userunknown", True, "netease")
exmail("b70-exmail-163-mailbox-storage-full-gbk.eml", "yan.qiaoqiao@163.com",
       "收件人邮箱空间已满，无法接收新邮件",
       "552 Requested mail action aborted: exceeded storage allocation 163 mx18", "mailboxfull", False,
       "", "552", charset="gbk")

# ---------------------------------------------------------------- QQ / Foxmail / Exmail

exmail("b70-exmail-qq-mailbox-not-found.eml", "1538842760@qq.com",
       "收件人邮箱地址不存在，请核对后重新发送",
       "550 Mailbox not found or access denied", "userunknown", True, "", "550", charset="gb18030")
postfix("b70-foxmail-mailbox-unavailable.eml", "sunny_kid_mum@foxmail.com", "5.0.0",
        "550 Mailbox unavailable or access denied [MJfXrxsBJ9gGZkRp7KJb7g== IP: 192.0.2.25]",
        "mx3.qq.com", "183.3.225.42", "userunknown", True, "qq")
postfix("b70-qq-ooops-too-many-rcpts.eml", "2760331458@qq.com", "5.0.0",
        "550 Ooops, mail sent to too many recipients at once. http://service.mail.qq.com/detail/0/169",
        "mx1.qq.com", "183.3.225.41", "ratelimited", False, "qq")
postfix("b70-qq-frequency-limited-delay.eml", "909155132@qq.com", "4.0.0",
        "451 Connection frequency limited. http://service.mail.qq.com/detail/122/72",
        "mx2.qq.com", "183.3.225.43", "ratelimited", False, "qq", delayed=True)
exmail("b70-exmail-qq-size-fixed-limit-utf8.eml", "3012785546@qq.com",
       "邮件大小超过对方服务器允许的上限（附件为课程录像）",
       "552 Message size exceeds fixed limit", "emailtoolarge", False, "", "552", charset="utf-8",
       cte="quoted-printable")
postfix("b70-qq-content-denied-help-link.eml", "1126590043@qq.com", "5.0.0",
        "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
        "mx3.qq.com", "183.3.225.42", "spamdetected", False, "qq", stage="end of DATA")
exmail("b70-exmail-exmail-customer-not-found-html.eml", "hr@xinghe-tech.example",
       "对方企业邮箱中不存在该成员",
       "550 Mailbox not found or access denied", "userunknown", True, "", "550", charset="gbk",
       html=True)
exmail("b70-exmail-delay-qq-domain-frequency.eml", "2233090178@qq.com",
       "对方服务器暂时限制了来自本域的发信频率",
       "451 Domain frequency limited, please try again later", "ratelimited", False, "", "451",
       charset="gb18030", delayed=True)

# ---------------------------------------------------------------- Sina, Sohu, 21cn, Tom

postfix("b70-sina-cn-user-unknown.eml", "pengfei_2012@sina.cn", "5.1.1",
        "550 5.1.1 <pengfei_2012@sina.cn>: Recipient address rejected: no such mailbox here",
        "mx.sina.cn", "202.108.3.242", "userunknown", True, "sina")
postfix("b70-sina-com-mailbox-over-quota.eml", "hebin_mom@sina.com", "5.2.2",
        "552 5.2.2 <hebin_mom@sina.com>: user mailbox over its storage quota",
        "freemx1.sinamail.sina.com.cn", "202.108.3.190", "mailboxfull", False, "sina")
exmail("b70-exmail-sina-spam-rejected-gb2312.eml", "xu.meimei@sina.com",
       "邮件被对方服务器判定为垃圾邮件而拒收",
       "554 5.7.1 Rejected: message looks like spam, content filter score too high",
       "spamdetected", False, "5.7.1", "554", charset="gb2312", cte="quoted-printable")
postfix("b70-sohu-account-absent.eml", "lin_xiaofang@sohu.com", "5.1.1",
        "550 5.1.1 Recipient <lin_xiaofang@sohu.com> has no account on this server",
        "sohumx.h.a.sohu.com", "123.125.123.1", "userunknown", True, "sohu")
postfix("b70-sohu-dnsbl-client.eml", "guo.peng.dad@sohu.com", "5.7.1",
        "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using bl.spamcop.example",
        "sohumx1.sohu.com", "123.125.123.2", "blocked", False, "sohu")
postfix("b70-21cn-mailbox-closed-disabled.eml", "yao.jun@21cn.com", "5.2.1",
        "550 5.2.1 The mailbox of this user has been disabled by the administrator",
        "mx.21cn.com", "14.18.245.164", "suspend", False, "21cn")
postfix("b70-tom-user-not-exist.eml", "qiqi_family@tom.com", "5.0.0",
        "550 No such user here (tom.com)",
        "tommx.163.com", "220.181.12.60", "userunknown", True, "tom")
exmail("b70-exmail-tom-size-limit.eml", "dengke2009@tom.com",
       "邮件过大",
       "552 5.3.4 Message too big for system, maximum is 20480000 bytes", "emailtoolarge", False,
       "5.3.4", "552", charset="gbk")

# ---------------------------------------------------------------- carriers 189/139/wo

postfix("b70-189-content-spam.eml", "13302218876@189.cn", "5.7.1",
        "554 5.7.1 Mail content rejected as junk mail by 189 antispam",
        "mta-189.21cn.com", "14.18.245.170", "spamdetected", False, "189", stage="end of DATA")
postfix("b70-139-mailbox-full.eml", "13911526743@139.com", "5.2.2",
        "552 5.2.2 Mailbox is full, recipient can not receive more mail",
        "mx1.mail.139.com", "120.232.169.98", "mailboxfull", False, "139")
coremail("b70-wo-unknown-user-gbk.eml", "18602049931@wo.cn", "mail.wo.cn",
         "用户不存在", "5.1.1", "550 5.1.1 user does not exist", "userunknown", True, charset="gbk",
         vendor="wo")
exmail("b70-exmail-139-account-stopped-gb18030.eml", "13823317701@139.com",
       "对方邮箱已停用（手机号码已停机，邮箱随之停用）",
       "550 5.2.1 Account has been deactivated because the phone number is out of service",
       "suspend", False, "5.2.1", "550", charset="gb18030")
postfix("b70-189-delay-system-busy.eml", "18918230045@189.cn", "4.3.0",
        "451 4.3.0 Temporary local problem in the receiving system, please try later",
        "mta-189.21cn.com", "14.18.245.170", "systemerror", False, "189", delayed=True)

# ---------------------------------------------------------------- Aliyun / Alibaba mail

aliyun("b70-aliyun-recipient-not-exist-gb2312.eml", "caiwu@huaxin-trading.example",
       "退信原因：收件人地址不存在（550 Invalid recipient: caiwu@huaxin-trading.example）",
       "userunknown", True, "", "550")
aliyun("b70-aliyun-user-disabled-gbk.eml", "li.qiang@huaxin-trading.example",
       "退信原因：收件人帐号已被管理员禁用，暂时无法收信（550 User is disabled）",
       "suspend", False, "", "550", charset="gbk")
postfix("b70-mxhichina-virus.eml", "teacher.wang@jingrui-school.example", "5.7.1",
        "554 5.7.1 Message rejected: attachment infected by virus (Trojan.Win32.Agent) mxhichina",
        "mx1.mxhichina.com", "203.0.113.55", "virusdetected", False, "aliyun", stage="end of DATA")
postfix("b70-alibaba-inc-spf-fail.eml", "partner.liu@alibaba-inc.example", "5.7.23",
        "550 5.7.23 SPF check failed: 192.0.2.25 is not permitted to send for chengzhang-edu.example",
        "mx2.alibaba-inc.example", "203.0.113.56", "authfailure", False, "aliyun", stage="MAIL FROM")
aliyun("b70-aliyun-mailbox-quota-gb18030.eml", "zhao.lan@jingrui-school.example",
       "退信原因：收件人邮箱容量已满（552 mailbox quota exceeded）",
       "mailboxfull", False, "", "552", charset="gb18030", cte="quoted-printable")

# ---------------------------------------------------------------- Coremail schools and government

coremail("b70-coremail-univ-student-not-found.eml", "2021110483@stu.example-univ.edu.cn",
         "mail.example-univ.edu.cn", "收件人不存在（学生毕业后邮箱已删除）", "5.1.1",
         "550 User not found: 2021110483@stu.example-univ.edu.cn", "userunknown", True)
coremail("b70-coremail-school-mailbox-full-utf8.eml", "wang.laoshi@no3-middle.example.edu.cn",
         "mail.no3-middle.example.edu.cn",
         "收件人邮箱空间不足", "5.2.2", "552 5.2.2 Mailbox size limit exceeded", "mailboxfull", False,
         charset="utf-8", cte="quoted-printable")
coremail("b70-coremail-gov-rejected-by-recipient.eml", "jyj-office@edu-bureau.example.gov.cn",
         "mail.edu-bureau.example.gov.cn",
         "邮件被收件人设置的规则拒收", "5.7.1", "550 Mail is rejected by recipients",
         "filtered", False, charset="gbk")
coremail("b70-coremail-gov-delay-dns.eml", "xinfang@district.example.gov.cn", "mail.district.example.gov.cn",
         "域名解析暂时失败，稍后重试", "4.4.3",
         "451 4.4.3 Temporary DNS lookup failure for mx of district.example.gov.cn",
         "networkerror", False, delayed=True)
coremail("b70-coremail-univ-account-frozen.eml", "liu.prof@example-univ.edu.cn", "mail.example-univ.edu.cn",
         "该帐号已被冻结（教职工离校）", "5.2.1", "550 5.2.1 Account frozen: user has left the university",
         "suspend", False, charset="gb18030")
exmail("b70-exmail-school-coremail-domain-no-mx.eml", "office@xiaoxue-no7.example.edu.cn",
       "收件人域名不存在或没有邮件服务器",
       "Host or domain name not found. Name service error for name=xiaoxue-no7.example.edu.cn type=MX: Host not found",
       "hostunknown", True, "", "", charset="gbk")

# ---------------------------------------------------------------- overseas parents and students

postfix("b70-gmail-parent-no-account.eml", "amy.zhou.vancouver@gmail.com", "5.1.1",
        "550-5.1.1 The email account you wrote to does not exist. Please check the address for typos 5.1.1 https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7b0a9c3",
        "gmail-smtp-in.l.google.com", "142.250.157.26", "userunknown", True, "gmail")
postfix("b70-gmail-delay-over-storage.eml", "kevin.li.student@gmail.com", "4.2.2",
        "452-4.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
        "gmail-smtp-in.l.google.com", "142.250.157.27", "mailboxfull", False, "gmail", delayed=True)
postfix("b70-outlook-mailbox-unavailable.eml", "grace_wu@outlook.com", "5.5.0",
        "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [SN1PEPF0002BA4E.namprd04.prod.outlook.com]",
        "outlook-com.olc.protection.outlook.com", "52.101.41.3", "userunknown", True, "outlook")
postfix("b70-hotmail-ip-blocklist.eml", "david.chen88@hotmail.com", "5.7.1",
        "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
        "hotmail-com.olc.protection.outlook.com", "52.101.41.4", "blocked", False, "outlook", stage="MAIL FROM")
postfix("b70-yahoo-no-such-account.eml", "lucy.ma2008@yahoo.com", "5.0.0",
        "554 delivery error: dd Sorry, this mailbox is not known here. - mta4016.mail.gq1.yahoo.com",
        "mta6.am0.yahoodns.net", "67.195.204.72", "userunknown", True, "yahoo", stage="end of DATA")
postfix("b70-icloud-over-quota.eml", "jason.hu.family@icloud.com", "5.2.2",
        "552 5.2.2 <jason.hu.family@icloud.com>: user over quota",
        "mx01.mail.icloud.com", "17.57.155.23", "mailboxfull", False, "icloud")
postfix("b70-gmail-dmarc-unauthenticated.eml", "wendy.tan.sg@gmail.com", "5.7.26",
        "550-5.7.26 Unauthenticated email from chengzhang-edu.example is not accepted due to domain's DMARC policy. Please contact the administrator of chengzhang-edu.example domain. https://support.google.com/mail/answer/2451690",
        "gmail-smtp-in.l.google.com", "142.250.157.26", "authfailure", False, "gmail", stage="end of DATA")
exim("b70-exim-naver-unknown-user.eml", "minji.park.mom@naver.com",
     "SMTP error from remote mail server after RCPT TO:<minji.park.mom@naver.com>:\n    550 5.1.1 Recipient address rejected: the account does not exist",
     "userunknown", True, "5.1.1", "550")
exim("b70-exim-de-domain-unrouteable.eml", "parent@familie-schmidt.example.de",
     "Unrouteable address", "hostunknown", True)
exim("b70-exim-ptr-required.eml", "office@tutoring-au.example.com.au",
     "SMTP error from remote mail server after MAIL FROM:<peixun@sz.chengzhang-edu.example>:\n    550 5.7.25 The sending IP 192.0.2.61 has no reverse DNS (PTR) record, mail refused",
     "requireptr", False, "5.7.25", "550")
exim("b70-exim-relay-denied.eml", "admissions@college-uk.example.ac.uk",
     "SMTP error from remote mail server after RCPT TO:<admissions@college-uk.example.ac.uk>:\n    550 5.7.1 Relaying denied: this server does not relay for college-uk.example.ac.uk",
     "norelaying", False, "5.7.1", "550")
exim("b70-exim-sender-domain-refused.eml", "info@homestay-nz.example.nz",
     "SMTP error from remote mail server after MAIL FROM:<peixun@sz.chengzhang-edu.example>:\n    553 5.1.8 Sender address rejected: Domain of sender address sz.chengzhang-edu.example does not resolve",
     "rejected", False, "5.1.8", "553")
hk_big5("b70-hk-big5-netvigator-unknown.eml", "chan.taiman@netvigator.com",
        "收件人地址不存在（550 5.1.1 User unknown）", "Remote server said: 550 5.1.1 User unknown",
        "userunknown", True, "5.1.1", "550")
hk_big5("b70-hk-big5-hinet-mailbox-full.eml", "lin.mama@ms12.hinet.net",
        "收件人信箱已滿（552 5.2.2 mailbox full）", "Remote server said: 552 5.2.2 mailbox full",
        "mailboxfull", False, "5.2.2", "552")
hk_big5("b70-hk-big5-gave-up-timeouts.eml", "tutor.lee@school-tw.example.edu.tw",
        "已重試三天，連線一直逾時，系統放棄傳送。", "Delivery gave up after 3 days of connection timeouts.",
        "expired", False, "", "")

postfix_two("b70-postfix-class-list-163-and-qq.eml", [
    ("he.yuxuan.parent@163.com", "5.0.0", "550 User not found: he.yuxuan.parent@163.com",
     "163mx00.mxmail.netease.com", "220.181.12.50", "userunknown", True),
    ("3307718820@qq.com", "5.0.0", "552 Mailbox is full, please clean it up and try again. http://service.mail.qq.com/detail/0/70",
     "mx1.qq.com", "183.3.225.41", "mailboxfull", False),
])
postfix_two("b70-postfix-class-list-sina-sohu.eml", [
    ("lu.mingming@sina.cn", "5.7.1", "554 5.7.1 Client host [192.0.2.25] rejected: too many connections from your IP, try later",
     "mx.sina.cn", "202.108.3.242", "ratelimited", False),
    ("fan.jiajia@sohu.com", "5.1.1", "550 5.1.1 fan.jiajia@sohu.com: user not exist",
     "sohumx.h.a.sohu.com", "123.125.123.1", "userunknown", True),
])

# ---------------------------------------------------------------- our own side

postfix("b70-postfix-loop-back-to-self.eml", "alumni@" + CO, "5.4.6",
        "mail for chengzhang-edu.example loops back to myself", None, None, "networkerror", False,
        "postfix")
postfix("b70-postfix-delay-connection-refused.eml", "booking@study-tour.example.com", "4.4.1",
        "connect to mx.study-tour.example.com[198.51.100.9]:25: Connection refused", None, None,
        "networkerror", False, "postfix", delayed=True)

# ---------------------------------------------------------------- 自动回复 auto-replies

autoreply("b70-autoreply-qq-parent-gbk.eml", "1409983726@qq.com", "自动回复: 寒假班开课通知",
          "您好，您的邮件我已收到，这几天在外地出差，回来后会尽快处理。——乐乐妈妈\n", vendor="qq")
autoreply("b70-autoreply-163-teacher-gb2312.eml", "zhang.laoshi@163.com", "自动回复：家长会邀请函",
          "您好！我正在休假中，12月10日返回学校。如有急事请联系教务处 020-5550-1234。\n", charset="gb2312",
          vendor="netease")
autoreply("b70-autoreply-outlook-bilingual-utf8.eml", "peter.xu@outlook.com",
          "Automatic reply: 【成长教育】12月课时费缴费提醒",
          "I am out of the office until 8 December with limited access to email.\n"
          "我12月8日前休假，回复可能不及时，谢谢。\n", charset="utf-8", cte="quoted-printable",
          vendor="outlook", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
autoreply("b70-autoreply-exmail-school-gb18030.eml", "jiaowu@no3-middle.example.edu.cn",
          "自动回复：期末测评成绩单",
          "此为自动回复：来信已收到，教务处将在三个工作日内回复您。\n", charset="gb18030",
          vendor="exmail", headers=[("X-QQ-mid", "bizesmtp" + qid("b70-ar4", 12)), ("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- near-misses (no record)

nearmiss("nb-b70-163-login-alert.eml", "=?utf-8?B?572R5piT6YKu566x?= <mail@service.netease.com>", KEFU,
         "网易邮箱登录提醒",
         "您的邮箱 kefu_cz@163.com 于 2026-12-03 19:12 在广东省深圳市登录（IP 198.51.100.14）。\n"
         "如非本人操作，请立即修改密码。\n此邮件由系统自动发送，请勿回复。\n")
nearmiss("nb-b70-exmail-capacity-reminder.eml", "=?utf-8?B?6IW+6K6v5LyB5Lia6YKu?= <noreply@exmail.qq.com>", KEFU,
         "容量提醒：您的邮箱已使用 90%",
         "您的邮箱已使用 9.0GB / 10GB（90%）。空间用满后将无法接收新邮件，请及时清理或联系管理员扩容。\n"
         "Your mailbox is 90% full. Please clean up old messages.\n", charset="gb18030")
nearmiss("nb-b70-qq-capacity-reminder-gbk.eml", "QQ Mail <10000@qq.com>", "laoshi.chen@qq.example",
         "QQ邮箱容量提醒",
         "亲爱的用户：您的QQ邮箱容量即将用完，请删除不需要的邮件，或开通超大容量。\n", charset="gbk")
nearmiss("nb-b70-parent-reply-quotes-qq-bounce.eml", "Chen Mama <chen.mama2015@example.net>", KEFU,
         "Re: 退信：邮件投递失败",
         "老师您好，我之前的QQ邮箱不用了，收到这个退信，以后请发到这个新邮箱，谢谢！\n\n"
         "> 很抱歉您的邮件没能成功发送给以下收件人：\n> 1538842760@qq.com\n"
         "> 退信原因：收件人邮箱地址不存在\n> 550 Mailbox not found or access denied\n", charset="utf-8",
         extra=[("In-Reply-To", mid("b70-exmail-qq-mailbox-not-found.eml", "exmail.qq.com"))])
nearmiss("nb-b70-parent-reply-quotes-163-full.eml", "Yan Baba <yan.baba@example.org>", NOTICE,
         "回复：课程通知发不到我爱人邮箱？",
         "你好，我爱人的163邮箱好像满了，你们的通知退回来说“552 exceeded storage allocation”，"
         "我们清理后请再发一次，另外请把我的邮箱也加上。\n", charset="gbk", cte="quoted-printable")
nearmiss("nb-b70-marketing-double12-edm.eml", "=?utf-8?B?5a2m5Lmg5bmz5Y+w?= <edm@learn-platform.example.com>", KEFU,
         "双12狂欢：全年课程5折，最后一天！",
         "尊敬的用户：双12限时优惠，全年课程低至5折。如不想再收到此类邮件，请点击退订。\n",
         extra=[("List-Unsubscribe", "<mailto:unsub@learn-platform.example.com>"), ("Precedence", "bulk")])
nearmiss("nb-b70-marketing-exam-prep-html.eml", "Exam Prep <news@kaoyan-news.example.com>", NOTICE,
         "考研冲刺：最后30天提分计划",
         "<html><body><p>考研冲刺班火热报名中！</p><p>退订请回复TD</p></body></html>\n",
         subtype="html", extra=[("Precedence", "bulk")])
nearmiss("nb-b70-spam-invoice-agent-gb2312.eml", enc_header("刘先生", "gb2312") + " <fapiao88@example.com>", KEFU,
         "代开各类发票 增值税普通发票 点数优惠",
         "贵公司负责人您好：本公司可代开各类发票，点数优惠，联系电话138xxxx。\n", charset="gb2312")
nearmiss("nb-b70-spam-fake-undeliverable-phish.eml", "Mail Administrator <admin@mail-verify.example.net>", KEFU,
         "您有5封邮件被系统拦截 Undelivered messages pending",
         "系统检测到您有5封邮件未能投递，请点击下方链接登录以释放邮件：\nhttp://mail-verify.example.net/login\n"
         "Your messages are pending delivery. Log in to release them.\n")
nearmiss("nb-b70-aliyun-password-expiry.eml", "=?utf-8?B?6Zi/6YeM6YKu566x?= <noreply@qiye.aliyun.com>",
         "zhaosheng@" + CO, "阿里邮箱密码即将过期提醒",
         "您的阿里邮箱账号 zhaosheng@chengzhang-edu.example 的密码将于7天后过期，请及时登录修改。\n")
nearmiss("nb-b70-coremail-weekly-quarantine-digest.eml", "postmaster@mail.example-univ.edu.cn", NOTICE,
         "隔离区邮件周报",
         "以下邮件因疑似广告被放入隔离区，如需接收请登录邮箱在隔离区中释放：\n"
         "  1. 发件人 promo@example.com 主题 年终大促\n", charset="gb2312")
nearmiss("nb-b70-student-asks-new-address.eml", "Kevin Li <kevin.li.student@example.com>", NOTICE,
         "Please use my new email / 请用我的新邮箱",
         "Hi, my Gmail is almost full so I may not receive your notices. Please send the class schedule\n"
         "to this address from now on. 谢谢！\nKevin\n", charset="utf-8", cte="quoted-printable")

write_expected(os.path.join(OUT, "expected.jsonl"))
