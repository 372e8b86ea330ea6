#!/usr/bin/env python3
"""Writes testdata/unseen/batch-53: the bounce mailbox of a Chinese
precision-parts maker (jinghua-precision.example). Sales and purchasing send
through the company's own Postfix (mta.jinghua-precision.example), the
overseas team through Tencent Exmail and the after-sales team through a
NetEase qiye.163.com account; recipients sit at QQ/Foxmail, Exmail, NetEase
163/126/yeah and qiye.163, Aliyun (mxhichina), Sina/Sina VIP, Sohu, 263,
Coremail servers of universities and companies, 139/189/wo.cn, Tom and
overseas providers. Near-miss ordinary mail is in not-bounce/nb-*.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch53.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (delivery_status, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, boundary, orig_headers, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
os.makedirs(OUT, exist_ok=True)
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

CO = "jinghua-precision.example"
MTA = "mta.jinghua-precision.example"
MTA_IP = "203.0.113.25"
SALES = "sales@jinghua-precision.example"


def qid(name, n=10):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def minute(name):
    return int(hashlib.md5(name.encode()).hexdigest()[:4], 16) % 55


def reply_of(diag):
    d = diag.strip()
    return d[:3] if d[:3].isdigit() else ""


def returned(name, frm, to, subject, day=3, hour=9):
    return orig_headers(frm, to, subject, dt(2026, 12, day, hour, minute(name), 12, "+0800"),
                        mid(name + "/orig", CO))


# ---------------------------------------------------------------- layouts

def postfix(name, rcpt, status, diag, remote, remote_ip, reason, hard, vendor="", delayed=False,
            stage="RCPT TO", subject="RE: 报价单 Quotation JH-2026-1203", sender=SALES, expected=True,
            raw_text=None):
    """Our own Postfix's DSN; diag is the remote reply (or an X-Postfix text)."""
    m = minute(name)
    date = dt(2026, 12, 3, 21 if not delayed else 13, m, 41, "+0800")
    if raw_text is not None:
        said = raw_text
    elif remote:
        said = f"host {remote}[{remote_ip}] said: {diag} (in reply to {stage} command)"
    else:
        said = diag
    if delayed:
        text = (f"This is the mail system at host {MTA}.\n\n"
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for 4.0 hours.\n"
                "It will be retried until it is 5.0 days old.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n"
                f"<{rcpt}>: {said}\n")
        subj = "Delayed Mail (still being retried)"
    else:
        text = (f"This is the mail system at host {MTA}.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n"
                f"<{rcpt}>: {said}\n")
        subj = "Undelivered Mail Returned to Sender"
    r = {"final": rcpt, "action": "delayed" if delayed else "failed", "status": status,
         "diag": (diag if diag.startswith("X-Postfix;") else "smtp; " + diag)}
    if remote:
        r["remote"] = remote
    bnd = boundary(name)
    parts = [text_part(text), delivery_status(MTA, [r], dt(2026, 12, 3, 9, m, 14, "+0800")),
             part("text/rfc822-headers", returned(name, sender, rcpt, enc_header(subject, "utf-8")), cte=None)]
    hops = received([("localhost", "127.0.0.1", MTA, "Postfix", qid(name), date)])
    heads = ["Return-Path: <>", hops, ("Date", date), ("From", f"MAILER-DAEMON@{MTA} (Mail Delivery System)"),
             ("To", sender), ("Subject", subj), ("Message-ID", f"<20261203{qid(name, 6)}.{qid(name + 'x', 8)}@{MTA}>"),
             ("Auto-Submitted", "auto-replied")]
    msg = mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;"))
    write(OUT, name, msg)
    if expected:
        expect(name, rcpt, reason, hard, status, reply_of(diag), "delayed" if delayed else "failed", vendor)


def exmail(name, rcpt, cn_reason, server_said, reason, hard, status="", reply="", charset="gb18030",
           cte="base64", english=True, html=False, delayed=False, subject="Re: 样品寄送确认 Sample shipment",
           vendor="exmail"):
    """Tencent Exmail's prose notice to our overseas team (no DSN part)."""
    m = minute(name)
    date = dt(2026, 12, 3, 10, m, 5, "+0800")
    sender = "overseas@jinghua-precision.example"
    if delayed:
        cn = (f"您好！\n\n您于 2026-12-03 09:{m:02d} 发送的邮件暂时未能投递成功，系统正在重试，"
              "重试期间无需重新发送。\n\n"
              f"  收件人：{rcpt}\n  邮件主题：{subject}\n  当前状态：{cn_reason}\n"
              f"  对方服务器返回：{server_said}\n\n"
              "若 48 小时内仍无法投递，系统将发送退信通知。\n\n腾讯企业邮箱\n")
        en = (f"Your message to {rcpt} has not been delivered yet. We are still trying; you do not\n"
              f"need to send it again.\nRemote server said: {server_said}\n")
        subj = "邮件延迟投递通知：" + subject
    else:
        cn = (f"您好！\n\n很抱歉，您于 2026-12-03 09:{m:02d} 发送的邮件未能成功投递。\n\n"
              f"  收件人：{rcpt}\n  邮件主题：{subject}\n  退信原因：{cn_reason}\n"
              f"  对方服务器返回：{server_said}\n\n"
              "如需帮助，请联系企业邮箱管理员。\n\n腾讯企业邮箱\n")
        en = (f"Sorry, your message to {rcpt} could not be delivered.\n"
              f"Remote server said: {server_said}\n")
        subj = "退信：" + subject
    text = cn + ("\n----------------------------------------\n" + en if english else "")
    hops = received([("smtpbg.exmail.qq.com", "192.0.2.47", "newxmesmtplogicsvrsza12.qq.com", "NewEsmtp",
                      qid(name, 8), date)])
    heads = ["Return-Path: <>", hops, ("Date", date),
             ("From", enc_header("腾讯企业邮箱", "utf-8") + " <postmaster@exmail.qq.com>"),
             ("To", sender), ("Subject", enc_header(subj, charset)),
             ("Message-ID", mid(name, "exmail.qq.com")), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
             ("Auto-Submitted", "auto-replied")]
    if html:
        htm = "<html><body>" + text.replace("\n", "<br>\n") + "</body></html>"
        body = multipart("alternative", [text_part(text, charset, cte), text_part(htm, charset, cte, "html")],
                         boundary(name, 1), "")
    else:
        body = text_part(text, charset, cte)
    write(OUT, name, mail(heads, body))
    expect(name, rcpt, reason, hard, status, reply, "delayed" if delayed else "failed", vendor)


def qiye163(name, rcpt, cn_reason, status, diag, remote, reason, hard, charset="gbk", cte="base64",
            vendor="netease", delayed=False):
    """NetEase qiye.163.com's DSN to our after-sales team: Chinese text + delivery-status."""
    m = minute(name)
    host = "hzga-mx-m12.qiye.163.com"
    date = dt(2026, 12, 3, 15, m, 22, "+0800")
    sender = "service@jinghua-precision.example"
    if delayed:
        text = (f"这是网易企业邮箱系统自动发出的通知。\n\n您发送给 {rcpt} 的邮件尚未送达，系统将继续重试。\n"
                f"延迟原因：{cn_reason}\n对方服务器 {remote} 返回：{diag}\n\n请勿回复此邮件。\n")
        subj = "邮件延迟送达通知 (Delivery delayed)"
    else:
        text = (f"这是网易企业邮箱系统自动发出的退信通知。\n\n您发送的邮件无法送达以下收件人：\n\n    {rcpt}\n\n"
                f"退信原因：{cn_reason}\n对方服务器 {remote} 返回：{diag}\n\n请勿回复此邮件。\n")
        subj = "系统退信 (Undelivered Mail Returned to Sender)"
    r = {"final": rcpt, "action": "delayed" if delayed else "failed", "status": status, "diag": "smtp; " + diag,
         "remote": remote}
    bnd = boundary(name)
    parts = [text_part(text, charset, cte), delivery_status(host, [r], dt(2026, 12, 3, 14, m, 20, "+0800")),
             part("text/rfc822-headers", returned(name, sender, rcpt, enc_header("售后服务回访", "gbk"), hour=14), cte=None)]
    hops = received([("mail-m1215.qiye.163.com", "192.0.2.88", host, "Hmail", qid(name, 8), date)])
    heads = ["Return-Path: <>", hops, ("Date", date), ("From", "MAILER-DAEMON@qiye.163.com"),
             ("To", sender), ("Subject", enc_header(subj, charset)), ("Message-ID", mid(name, "qiye.163.com")),
             ("X-HM-Spam-Status", "e1kfGhgUHx5ZQUpXWQgPGg8OCBgUHx5ZQUlOS1dZFg8aDwILHllBWSg2"),
             ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))
    expect(name, rcpt, reason, hard, status, reply_of(diag), "delayed" if delayed else "failed", vendor)


def local_notice(name, rcpt, host, frm_name, text, reason, hard, status="", reply="", charset="gbk", cte="base64",
                 subject="系统退信", vendor="", dsn=None, extra=()):
    """A notice written by the recipient's own system after it took the message
    (Coremail, Sina, Sohu, 263, carriers). dsn: (status, diag) to add a report part."""
    m = minute(name)
    date = dt(2026, 12, 3, 11, m, 30, "+0800")
    hops = received([(host, "198.51.100." + str(10 + m), f"mx.{CO}", "Postfix", qid(name), date, SALES)])
    heads = ["Return-Path: <>", hops, ("Date", date),
             ("From", enc_header(frm_name, "utf-8") + f" <postmaster@{host.split('.', 1)[1]}>"),
             ("To", SALES), ("Subject", enc_header(subject, charset if charset != "us-ascii" else "utf-8")),
             ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    if dsn:
        r = {"final": rcpt, "action": "failed", "status": dsn[0], "diag": dsn[1]}
        parts = [text_part(text, charset, cte), delivery_status(host, [r]),
                 part("text/rfc822-headers", returned(name, SALES, rcpt, enc_header("报价单", "utf-8")), cte=None)]
        body = multipart("report", parts, boundary(name), " report-type=delivery-status;")
    else:
        body = text_part(text, charset, cte)
    write(OUT, name, mail(heads, body))
    expect(name, rcpt, reason, hard, status, reply, "failed", vendor)


def autoreply(name, frm, subject, text, charset="gbk", cte="base64", vendor="", headers=None):
    m = minute(name)
    date = dt(2026, 12, 3, 9, m, 3, "+0800")
    host = frm.split("@")[1]
    hops = received([("mx-out." + host, "198.51.100.200", f"mx.{CO}", "Postfix", qid(name), date, SALES)])
    heads = ["Return-Path: <" + frm + ">", hops, ("Date", date), ("From", frm), ("To", SALES),
             ("Subject", enc_header(subject, charset)), ("Message-ID", mid(name, host)),
             ("In-Reply-To", mid(name + "/orig", CO))] + (headers or [("Auto-Submitted", "auto-replied")])
    write(OUT, name, mail(heads, text_part(text, charset, cte)))
    expect(name, frm, "vacation", False, "", "", "", vendor)


def nearmiss(name, frm, to, subject, text, charset="utf-8", cte="base64", extra=()):
    m = minute(name)
    date = dt(2026, 12, 3, 8, m, 50, "+0800")
    host = frm.split("@")[1]
    hops = received([("out." + host, "198.51.100.77", f"mx.{CO}", "Postfix", qid(name), date, to)])
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", enc_header(subject, charset)),
             ("Message-ID", mid(name, host))] + list(extra)
    write(NB, name, mail(heads, text_part(text, charset, cte)))


# ---------------------------------------------------------------- our Postfix to Chinese providers
QQMX = ("mx3.qq.com", "192.0.2.31")
BIZMX = ("mxbiz1.qq.com", "192.0.2.32")
N163 = ("163mx01.mxmail.netease.com", "192.0.2.61")
N126 = ("126mx00.mxmail.netease.com", "192.0.2.62")
YEAH = ("yeahmx01.mxmail.netease.com", "192.0.2.63")
HICHINA = ("mx2.mxhichina.com", "192.0.2.90")

postfix("qq-not-found-detail-url.eml", "wang.lei1987@qq.com", "5.0.0",
        "550 Mailbox not found. http://service.mail.qq.com/detail/0/92", *QQMX, "userunknown", True, "qq")
postfix("foxmail-mailbox-space-full.eml", "xiaoyu_chen@foxmail.com", "5.0.0",
        "550 The mailbox of the recipient is full, please try again later. http://service.mail.qq.com/detail/0/93",
        *QQMX, "mailboxfull", False, "qq")
postfix("delay-qq-connection-frequency-451.eml", "2874410532@qq.com", "4.0.0",
        "451 Connection frequency limited. http://service.mail.qq.com/detail/122/170", *QQMX,
        "ratelimited", False, "qq", delayed=True, stage="MAIL FROM")
postfix("exmail-hosted-customer-spf-fail.eml", "purchase@dongfang-motor.example", "5.7.1",
        "550 5.7.1 SPF verification failed: 203.0.113.25 is not allowed to send mail for jinghua-precision.example",
        *BIZMX, "authfailure", False, "exmail", stage="end of DATA")
postfix("exmail-hosted-member-disabled-by-admin.eml", "zhao.min@dongfang-motor.example", "5.2.1",
        "550 5.2.1 Account has been disabled by the domain administrator", *BIZMX, "suspend", False, "exmail")
postfix("126-user-not-found-mx00.eml", "liufang_0712@126.com", "5.0.0",
        "550 User not found: liufang_0712@126.com", *N126, "userunknown", True, "netease")
postfix("163-dt-spm-help-link.eml", "tianjin.buyer@163.com", "5.0.0",
        "554 DT:SPM 163 mx20,H8CowADnB6K2zS9n_aNvBw--.31245S2 1764767021, please see "
        "http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25&hostid=mx20&time=1764767021",
        *N163, "spamdetected", False, "netease", stage="end of DATA")
postfix("yeah-mailsize-limit-after-data.eml", "cad.drawings@yeah.net", "5.0.0",
        "552 Requested mail action aborted: exceeded mailsize limit", *YEAH, "emailtoolarge", False, "netease",
        stage="end of DATA")
postfix("163-ip-b-blacklisted.eml", "hz.supplier@163.com", "5.0.0",
        "554 IP:B01 Your IP 203.0.113.25 is in the NetEase blacklist, "
        "http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25&hostid=mx03",
        *N163, "blocked", False, "netease", stage="MAIL FROM")
postfix("126-mi-spf-fail.eml", "zhangwei_sh@126.com", "5.0.0",
        "550 MI:SPF mx00,QMCowAD3r9QFzi9n3MsLAA--.8811S2 1764767109, SPF check failed for jinghua-precision.example "
        "http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25", *N126, "authfailure", False, "netease",
        stage="end of DATA")
postfix("delay-126-hl-icc-connections.eml", "mold.factory@126.com", "4.0.0",
        "451 HL:ICC too many connections from 203.0.113.25, "
        "http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25&hostid=mx00", *N126,
        "ratelimited", False, "netease", delayed=True, stage="MAIL FROM")
postfix("sina-virtual-table-unknown.eml", "beijing_zhou@sina.com", "5.1.1",
        "550 5.1.1 <beijing_zhou@sina.com>: Recipient address rejected: User unknown in virtual mailbox table",
        "mx3.sina.com.cn", "192.0.2.101", "userunknown", True, "sina")
postfix("delay-vip-sina-over-quota-452.eml", "huang.jie@vip.sina.com", "4.2.2",
        "452 4.2.2 <huang.jie@vip.sina.com>: Recipient address rejected: mailbox over quota",
        "mx.vip.sina.com", "192.0.2.102", "mailboxfull", False, "sina", delayed=True)
postfix("sohu-account-not-exist.eml", "lilei_2008@sohu.com", "5.1.1",
        "550 5.1.1 <lilei_2008@sohu.com>: user account not exist", "mx1.sohu.com", "192.0.2.111",
        "userunknown", True, "sohu")
postfix("sohu-corp-dnsbl-client-blocked.eml", "caigou@huaxin-trade.example", "5.7.1",
        "554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using bl.spamcop.net",
        "mx.sohu.net", "192.0.2.112", "blocked", False, "sohu")
postfix("263-recipient-not-exists.eml", "ma.qiang@hualian-auto.example", "5.1.1",
        "550 5.1.1 Recipient <ma.qiang@hualian-auto.example> not exists", "mx.263.net", "192.0.2.121",
        "userunknown", True, "263")
postfix("263-domain-not-hosted-relay.eml", "info@old-partner.example", "5.7.1",
        "554 5.7.1 <info@old-partner.example>: Relay access denied", "mx.263.net", "192.0.2.121",
        "norelaying", False, "263")
postfix("mxhichina-virus-infected-551.eml", "finance@tongda-parts.example", "5.0.0",
        "551 virus infected mail rejected", *HICHINA, "virusdetected", False, "aliyun", stage="end of DATA")
postfix("mxhichina-user-disabled.eml", "chen.xue@tongda-parts.example", "5.0.0",
        "554 RCPT TO <chen.xue@tongda-parts.example> rejected: the user has been disabled", *HICHINA,
        "suspend", False, "aliyun")
postfix("coremail-univ-user-not-found-stu.eml", "2023110245@stu.example-univ.edu.cn", "5.0.0",
        "550 User not found: 2023110245@stu.example-univ.edu.cn", "mx.example-univ.edu.cn", "198.51.100.41",
        "userunknown", True, "coremail")
postfix("delay-coremail-univ-no-hostname-450.eml", "prof.liu@example-univ.edu.cn", "4.7.25",
        "450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.25]",
        "mx.example-univ.edu.cn", "198.51.100.41", "requireptr", False, "coremail", delayed=True, stage="MAIL FROM")
postfix("coremail-company-mime-invalid.eml", "qa@jinghe-mould.example", "5.6.0",
        "554 5.6.0 Message rejected: invalid MIME structure (boundary not terminated)",
        "mail.jinghe-mould.example", "198.51.100.52", "contenterror", False, "coremail", stage="end of DATA")
postfix("coremail-company-user-moved-551.eml", "old.wu@jinghe-mould.example", "5.1.6",
        "551 5.1.6 User has moved; please try <wu.haitao@jinghe-group.example>",
        "mail.jinghe-mould.example", "198.51.100.52", "hasmoved", True, "coremail")
postfix("postfix-domain-no-such-host.eml", "sales@xinmao-hardware.example", "5.4.4",
        "X-Postfix; Host or domain name not found. Name service error for name=xinmao-hardware.example type=A: "
        "Host not found", None, None, "hostunknown", True, "",
        raw_text="Host or domain name not found. Name service error for\n    name=xinmao-hardware.example type=A: Host not found")
postfix("139-content-filter-spam.eml", "13812345678@139.com", "5.7.1",
        "554 5.7.1 Message rejected as spam by content filtering", "mx1.mail.139.com", "192.0.2.131",
        "spamdetected", False, "139", stage="end of DATA")
postfix("189-quota-exceeded-for-recipient.eml", "18912345678@189.cn", "5.2.2",
        "552 5.2.2 mailbox quota exceeded for this recipient", "mta-189.21cn.com", "192.0.2.141",
        "mailboxfull", False, "189")
postfix("wocn-unknown-user.eml", "buyer_zhang@wo.cn", "5.1.1",
        "550 5.1.1 <buyer_zhang@wo.cn>... Unknown user", "mx.wo.cn", "192.0.2.151", "userunknown", True, "wo")
postfix("tom-user-unknown-dot-com.eml", "jinan_trade@tom.com", "5.1.1",
        "550 5.1.1 User unknown", "tommx.163.net", "192.0.2.161", "userunknown", True, "tom")
postfix("gmail-dmarc-5726-multiline.eml", "procurement.eu@gmail.com", "5.7.26",
        "550-5.7.26 Unauthenticated email from jinghua-precision.example is not accepted due to domain's DMARC "
        "policy. Please contact the administrator of jinghua-precision.example domain. 550 5.7.26 "
        "To learn more about DMARC, visit https://support.google.com/mail/?p=DmarcRejection "
        "d2e1a72fcca58-7b8c1a2f3d4si1234567b3a.512 - gsmtp",
        "gmail-smtp-in.l.google.com", "192.0.2.171", "authfailure", False, "google", stage="end of DATA")
postfix("outlook-s3150-network-block-list.eml", "k.tanaka@outlook.com", "5.7.1",
        "550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. Please contact your Internet service "
        "provider since part of their network is on our block list (S3150). You can also refer your provider to "
        "http://mail.live.com/mail/troubleshooting.aspx#errors. [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]",
        "outlook-com.olc.protection.outlook.com", "192.0.2.172", "blocked", False, "microsoft", stage="MAIL FROM")
postfix("yahoo-no-account-dd.eml", "mike.sourcing@yahoo.com", "5.0.0",
        "554 delivery error: dd This user doesn't have a yahoo.com account (mike.sourcing@yahoo.com) [0] - "
        "mta4401.mail.bf1.yahoo.com", "mta5.am0.yahoodns.net", "192.0.2.173", "userunknown", True, "yahoo",
        stage="end of DATA")
postfix("postfix-final-connect-timed-out.eml", "order@shunfa-trading.example", "4.4.1",
        "X-Postfix; connect to mx.shunfa-trading.example[192.0.2.201]:25: Connection timed out", None, None,
        "expired", False, "",
        raw_text="connect to mx.shunfa-trading.example[192.0.2.201]:25: Connection timed out")
postfix("postfix-branch-loops-back.eml", "hk-office@hk.jinghua-precision.example", "5.4.6",
        "X-Postfix; mail for hk.jinghua-precision.example loops back to myself", None, None,
        "networkerror", False, "", raw_text="mail for hk.jinghua-precision.example loops back to myself")
postfix("postfix-null-mx-domain.eml", "contact@closed-factory.example", "5.1.10",
        "X-Postfix; Domain closed-factory.example does not accept mail (nullMX)", None, None,
        "notaccept", True, "", raw_text="Domain closed-factory.example does not accept mail (nullMX)")
postfix("coremail-company-sender-domain-unresolved.eml", "hr@ruifeng-bearing.example", "5.1.8",
        "553 5.1.8 <sales@jinghua-precision.example>: Sender address rejected: Domain not found",
        "mail.ruifeng-bearing.example", "198.51.100.53", "rejected", False, "coremail", stage="MAIL FROM")
postfix("delay-spool-insufficient-storage.eml", "it@ruifeng-bearing.example", "4.3.1",
        "452 4.3.1 Insufficient system storage", "mail.ruifeng-bearing.example", "198.51.100.53",
        "systemfull", False, "", delayed=True, stage="MAIL FROM")


# ---------------------------------------------------------------- Tencent Exmail notices (overseas team)
exmail("exmail-prose-overseas-user-unknown-gb18030.eml", "j.mueller@feinmechanik.example", "收件人邮箱地址不存在",
       "mx01.feinmechanik.example said: 550 5.1.1 <j.mueller@feinmechanik.example>: Recipient address rejected: "
       "User unknown in local recipient table", "userunknown", True, "5.1.1", "550")
exmail("exmail-html-gmail-out-of-storage-utf8-qp.eml", "ana.ribeiro.compras@gmail.com", "收件人邮箱空间已满",
       "552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to "
       "https://support.google.com/mail/?p=OverQuotaPerm - gsmtp", "mailboxfull", False, "5.2.2", "552",
       charset="utf-8", cte="quoted-printable", html=True)
exmail("exmail-prose-o365-access-denied-541.eml", "r.patel@northbay-industrial.example", "收件人地址被对方服务器拒绝",
       "550 5.4.1 Recipient address rejected: Access denied. For more information see "
       "https://aka.ms/EXOSmtpErrors [SN1PEPF0002BA4F.namprd03.prod.outlook.com]", "userunknown", True,
       "5.4.1", "550", charset="gbk")
exmail("exmail-cn-only-domain-has-no-mx.eml", "sales@obscure-trading.example", "收件人域名不存在",
       "DNS 查询失败：找不到域名 obscure-trading.example 的邮件服务器记录 (Domain name not found)",
       "hostunknown", True, english=False, charset="gb18030")
exmail("exmail-prose-gave-up-after-48h.eml", "import@andes-maquinaria.example",
       "连接对方服务器超时，系统已重试 48 小时，放弃投递",
       "connect to mx.andes-maquinaria.example:25 timed out", "expired", False, charset="gbk")
exmail("delay-exmail-gmail-4728-unusual-rate.eml", "sourcing.team@gmail.com", "对方服务器暂时限制接收，正在重试",
       "421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF domain. To protect our "
       "users, mail sent from your domain has been temporarily rate limited. - gsmtp", "ratelimited", False,
       "4.7.28", "421", charset="utf-8", delayed=True)
exmail("exmail-prose-message-size-534.eml", "design@kobe-seiki.example", "邮件大小超过对方服务器限制",
       "552 5.3.4 Message size exceeds fixed maximum message size", "emailtoolarge", False, "5.3.4", "552",
       charset="gb18030", cte="quoted-printable")
exmail("exmail-qq-recipient-account-frozen.eml", "3391205877@qq.com", "收件人帐号已被冻结",
       "550 The account of the recipient is frozen and can not receive mail. http://service.mail.qq.com/detail/0/97",
       "suspend", False, "", "550", charset="gbk", vendor="qq")
exmail("exmail-html-recipient-blacklisted-sender-gbk.eml", "lisa.wong@hk-components.example",
       "您的地址已被收件人加入黑名单",
       "550 Mail rejected: the recipient has put your address on his personal blacklist", "filtered", False,
       "", "550", charset="gbk", html=True)
exmail("delay-exmail-mailbox-full-retrying.eml", "t.nguyen@saigon-cnc.example", "收件人邮箱已满（临时错误）",
       "452 4.2.2 Mailbox full, try again later", "mailboxfull", False, "4.2.2", "452", charset="utf-8",
       delayed=True)

# ---------------------------------------------------------------- NetEase qiye.163.com DSNs (after-sales team)
qiye163("qiye163-126-user-suspended.eml", "dalian_chen@126.com", "收件人帐号已被冻结", "5.0.0",
        "550 User suspended: dalian_chen@126.com", "126mx01.mxmail.netease.com", "suspend", False)
qiye163("qiye163-yeah-storage-allocation.eml", "wuxi.factory@yeah.net", "收件人邮箱容量已满", "5.2.2",
        "552 Requested mail action aborted: exceeded storage allocation", "yeahmx00.mxmail.netease.com",
        "mailboxfull", False)
qiye163("qiye163-sina-rejected-as-spam-gb2312.eml", "hefei_li@sina.cn", "邮件被对方判定为垃圾邮件", "5.7.1",
        "554 5.7.1 Message rejected as spam by Sina anti-spam system", "mx2.sina.com.cn", "spamdetected", False,
        charset="gb2312", vendor="sina")
qiye163("qiye163-qq-domain-frequency.eml", "1298830451@qq.com", "对方服务器限制发信频率", "5.0.0",
        "550 Domain frequency limited. http://service.mail.qq.com/detail/122/170", "mx1.qq.com", "ratelimited",
        False, vendor="qq")
qiye163("qiye163-mxhichina-user-not-exist-qp.eml", "kf@xinyuan-valves.example", "收件人不存在", "5.1.1",
        "550 5.1.1 The user does not exist", "mx1.mxhichina.com", "userunknown", True, charset="gb18030",
        cte="quoted-printable", vendor="aliyun")
qiye163("delay-qiye163-coremail-lookup-failure.eml", "office@fuxing-casting.example", "DNS 查询暂时失败",
        "4.4.3", "451 4.4.3 Temporary lookup failure", "mail.fuxing-casting.example", "networkerror", False,
        delayed=True, vendor="")
qiye163("qiye163-edu-content-policy.eml", "lab-admin@example-univ.edu.cn", "被对方组织的邮件策略拒绝", "5.7.1",
        "554 5.7.1 Message rejected by the mail policy of the recipient organization: external bulk mail "
        "is not accepted", "mx.example-univ.edu.cn", "policyviolation", False, vendor="coremail")


# ---------------------------------------------------------------- notices from the recipient's own system
CM = [("X-Coremail-Antispam", "1UD129KBjvJXoW7Cw4rGw1UtFyDGr1rAw1kZwb_yoW8Xr1fpF"),
      ("X-CM-TRANSID", "AQAAf0CwJgB5zy9nQ2IAAA--.1021S2")]
local_notice("coremail-univ-mailbox-full-at-delivery-utf8.eml", "yang.yi@example-univ.edu.cn",
             "mail.example-univ.edu.cn", "邮件系统管理员",
             "您好：\n\n您发送的邮件已到达本校邮件系统，但无法投递到收件人的邮箱：\n\n"
             "    yang.yi@example-univ.edu.cn\n\n原因：收件人邮箱空间已满，无法接收新邮件。\n\n"
             "Your message reached our mail system but could not be stored: the mailbox of\n"
             "yang.yi@example-univ.edu.cn has exceeded its storage quota.\n\n-- Coremail 邮件系统\n",
             "mailboxfull", False, "5.2.2", "", charset="utf-8", cte="quoted-printable",
             subject="系统退信 / Undelivered Mail Returned to Sender", vendor="coremail",
             dsn=("5.2.2", "x-local; mailbox quota exceeded"), extra=CM)
local_notice("coremail-company-account-deactivated-gb2312.eml", "sun.lin@ruifeng-bearing.example",
             "mail.ruifeng-bearing.example", "邮件系统",
             "您发送给 sun.lin@ruifeng-bearing.example 的邮件投递失败。\n\n失败原因：该用户帐号已被停用，无法接收邮件。\n\n"
             "此邮件由系统自动发出，请勿回复。\n", "suspend", False, charset="gb2312", vendor="coremail", extra=CM)
local_notice("sinavip-prose-gbk-recipient-missing.eml", "ceo.office@vip.sina.com", "mx.vip.sina.com",
             "新浪VIP邮箱",
             "尊敬的用户：\n\n很遗憾，您的邮件未能送达收件人 ceo.office@vip.sina.com。\n\n"
             "退信原因：该收件人地址在新浪VIP邮箱中不存在，请核对后重新发送。\n\n新浪VIP邮箱 系统通知\n",
             "userunknown", True, charset="gbk", subject="退信通知", vendor="sina")
local_notice("sohu-corp-prose-quota-gb18030-qp.eml", "guo.ping@huaxin-trade.example", "mx.sohu.net",
             "搜狐企业邮箱",
             "您好，您发给 guo.ping@huaxin-trade.example 的邮件被退回。\n\n原因：收件人的邮箱容量已超出限额，"
             "请通知收件人清理邮箱后再发送。\n\nSohu Enterprise Mail\n", "mailboxfull", False,
             charset="gb18030", cte="quoted-printable", subject="邮件退回通知", vendor="sohu")
local_notice("263-prose-account-expired-stopped.eml", "liang.yu@hualian-auto.example", "mx.263.net",
             "263企业邮箱",
             "系统退信通知\n\n收件人：liang.yu@hualian-auto.example\n状态：投递失败\n"
             "原因：该邮箱帐户已过期并被暂停使用。\n\nReason: the mailbox account has expired and is suspended.\n",
             "suspend", False, charset="gbk", vendor="263")
local_notice("139-prose-mailbox-not-opened.eml", "15098765432@139.com", "mail.139.com", "139邮箱",
             "您好！您发送给 15098765432@139.com 的邮件无法投递。\n\n原因：该手机号码尚未开通139邮箱，收件人不存在。\n\n"
             "中国移动 139邮箱\n", "userunknown", True, charset="gb2312", vendor="139")
local_notice("189-prose-virus-intercepted-gbk.eml", "xu.dan@189.cn", "mail.189.cn", "189邮箱",
             "您发送给 xu.dan@189.cn 的邮件未能投递。\n\n原因：邮件附件中检测到病毒（Trojan.Win32.Agent），"
             "已被系统拦截。\n\n天翼邮箱\n", "virusdetected", False, charset="gbk", vendor="189")
local_notice("wocn-prose-size-over-20mb-utf8.eml", "design_li@wo.cn", "mail.wo.cn", "沃邮箱",
             "您的邮件未能送达 design_li@wo.cn。\n\n原因：邮件大小（27.4MB）超过了收件人邮箱允许接收的最大值（20MB）。\n"
             "建议将附件上传至网盘后以链接方式发送。\n\n联通沃邮箱\n", "emailtoolarge", False,
             charset="utf-8", vendor="wo")
local_notice("tom-prose-recipient-rule-refused-gb2312.eml", "qd_import@tom.com", "mx.tom.com", "TOM邮箱",
             "您发送给 qd_import@tom.com 的邮件被退回。\n\n原因：收件人设置了拒收规则，您的邮件被拒收。\n\n"
             "TOM 邮箱系统\n", "filtered", False, charset="gb2312", vendor="tom")
local_notice("aliyun-qiye-prose-delivery-program-exit75.eml", "cw@tongda-parts.example", "mx2.mxhichina.com",
             "阿里企业邮箱",
             "您的邮件未能投递给 cw@tongda-parts.example。\n\n原因：收件人设置的本地投递程序执行失败"
             "（mail delivery program exited with status 75）。\n\n阿里企业邮箱\n", "mailererror", False,
             charset="utf-8", cte="base64", vendor="aliyun")


# ---------------------------------------------------------------- one Postfix DSN, two recipients
def two_rcpts(name):
    m = minute(name)
    date = dt(2026, 12, 3, 22, m, 7, "+0800")
    a, b = "yunnan.tea@163.com", "382011947@qq.com"
    text = (f"This is the mail system at host {MTA}.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{a}>: host 163mx02.mxmail.netease.com[192.0.2.64] said: 550 User not\n"
            f"    found: {a} (in reply to RCPT TO command)\n\n"
            f"<{b}>: host mx2.qq.com[192.0.2.33] said: 550 Mailbox not found.\n"
            "    http://service.mail.qq.com/detail/0/92 (in reply to RCPT TO command)\n")
    rs = [{"final": a, "status": "5.0.0", "remote": "163mx02.mxmail.netease.com",
           "diag": f"smtp; 550 User not found: {a}"},
          {"final": b, "status": "5.0.0", "remote": "mx2.qq.com",
           "diag": "smtp; 550 Mailbox not found. http://service.mail.qq.com/detail/0/92"}]
    parts = [text_part(text), delivery_status(MTA, rs, dt(2026, 12, 3, 22, m, 20, "+0800")),
             part("text/rfc822-headers", returned(name, "market@jinghua-precision.example", f"{a}, {b}",
                                                  enc_header("新年订货会邀请函", "utf-8"), hour=22), cte=None)]
    hops = received([("localhost", "127.0.0.1", MTA, "Postfix", qid(name), date)])
    heads = ["Return-Path: <>", hops, ("Date", date), ("From", f"MAILER-DAEMON@{MTA} (Mail Delivery System)"),
             ("To", "market@jinghua-precision.example"), ("Subject", "Undelivered Mail Returned to Sender"),
             ("Message-ID", f"<20261203{qid(name, 6)}.{qid(name + 'x', 8)}@{MTA}>"), ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, multipart("report", parts, boundary(name), " report-type=delivery-status;")))
    expect(name, a, "userunknown", True, "5.0.0", "550", "failed", "netease")
    expect(name, b, "userunknown", True, "5.0.0", "550", "failed", "qq")


two_rcpts("postfix-invitation-163-and-qq-unknown.eml")

# ---------------------------------------------------------------- auto-replies
autoreply("autoreply-exmail-gb18030-business-trip.eml", "fang.jun@dongfang-motor.example", "自动回复：出差中",
          "您好，\n\n我于12月1日至12月8日在德国出差，期间查看邮件不便，紧急事务请联系采购部 021-5555-0100。\n\n"
          "谢谢！\n方军\n", charset="gb18030", vendor="exmail",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
autoreply("autoreply-qiye163-utf8-bilingual-leave.eml", "emily.he@xinyuan-valves.example",
          "自动回复 / Auto Reply: 休假 On leave",
          "您好，我正在休年假，12月10日返回办公室。\nI am on annual leave and will be back on 10 December.\n"
          "如有急事请联系 service@xinyuan-valves.example。\n", charset="utf-8", cte="quoted-printable",
          vendor="netease", headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
autoreply("autoreply-coremail-univ-conference-gb2312.eml", "prof.liu@example-univ.edu.cn", "自动回复: 学术会议期间",
          "您好！本人12月2日至12月6日在外参加学术会议，邮件回复可能延迟，敬请谅解。\n刘教授\n", charset="gb2312",
          vendor="coremail", headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server")])
autoreply("autoreply-qq-x-autoreply-no-auto-submitted.eml", "1487720013@qq.com", "自动回复: 报价单 Quotation",
          "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。"
          "我将在假期结束后，尽快给您回复。\n", charset="gbk", vendor="qq",
          headers=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Autoreply", "yes"), ("Precedence", "bulk")])


# ---------------------------------------------------------------- near-misses (no record)
nearmiss("nb-exmail-login-alert-other-city.eml", "postmaster@exmail.qq.com", SALES, "腾讯企业邮箱安全提醒：异地登录",
         "您好，sales@jinghua-precision.example：\n\n您的帐号于 2026-12-03 07:42 在 广东省深圳市 (IP 198.51.100.23) 登录，"
         "与常用登录地不一致。\n如果这不是您本人的操作，请立即修改密码并开启微信动态码。\n\n腾讯企业邮箱\n",
         charset="gb18030", extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent")])
nearmiss("nb-163-storage-92-percent-warning.eml", "mail-notice@service.netease.com", "jh_backup@163.com",
         "您的邮箱容量即将用完",
         "亲爱的用户：\n\n您的网易邮箱已使用 92% 的存储空间（14.7G / 16G）。空间用满后将无法接收新邮件，"
         "建议您及时清理附件或升级为VIP邮箱。\n\n网易邮箱团队\n", charset="gbk")
nearmiss("nb-colleague-reply-quoting-qq-bounce.eml", "liu.na@jinghua-precision.example", SALES,
         "回复: 王总的新邮箱？",
         "小张：\n\n我刚才给王总发报价也被退回来了，系统说“550 Mailbox not found”，估计他换邮箱了。"
         "你那边有他的新地址吗？有的话发我一下，我下午要跟进。\n\n刘娜\n\n"
         "> 在 2026-12-03 09:15，sales@jinghua-precision.example 写道：\n"
         "> 王总那个QQ邮箱好像退信了，你试过吗？\n", charset="utf-8", cte="quoted-printable",
         extra=[("In-Reply-To", "<20261203091500.ab12@jinghua-precision.example>"), ("X-Mailer", "Foxmail 7.2.25")])
nearmiss("nb-customer-unsubscribe-tuiding.eml", "gz_buyer2019@126.com", "market@jinghua-precision.example",
         "退订",
         "你好，请不要再给我发产品推广邮件了，请把我的邮箱从你们的发送名单中删除，谢谢。退订。\n", charset="gbk")
nearmiss("nb-double12-promotion-edm.eml", "news@edm.mall-promo.example", SALES, "双12狂欢：全场工业耗材满500减80",
         "双12年终大促火热进行中！\n\n刀具、量具、轴承全场满500减80，12月12日24点截止。\n\n"
         "如不想再收到此类邮件，请点击退订：https://edm.mall-promo.example/unsub?u=8812\n", charset="utf-8",
         extra=[("List-Unsubscribe", "<https://edm.mall-promo.example/unsub?u=8812>"), ("Precedence", "bulk")])
nearmiss("nb-spam-invoice-agent-gb2312.eml", "mingyang3381@spam-sender.example", SALES, "代开各地正规发票",
         "贵公司负责人（经理/财务）您好：\n\n本公司可代开各类正规发票，点数优惠，可先验票后付款。\n"
         "联系人：陈先生 手机：13900000000\n", charset="gb2312")
nearmiss("nb-aliyun-password-expiry.eml", "noreply@notice.mxhichina.com", "cw@jinghua-precision.example",
         "阿里邮箱：您的密码将在7天后过期",
         "您好，您的邮箱帐号 cw@jinghua-precision.example 的密码将于 2026-12-10 过期。\n"
         "过期后将无法登录和收发邮件，请尽快登录 https://qiye.aliyun.com 修改密码。\n\n阿里邮箱\n", charset="utf-8")
nearmiss("nb-coremail-quarantine-digest.eml", "postmaster@ruifeng-bearing.example", "it@ruifeng-bearing.example",
         "垃圾邮件隔离报告（12月3日）",
         "您好，以下 3 封邮件被反垃圾系统隔离，如需收取请点击“释放”：\n\n"
         "1. 发件人 promo@deals.example  主题：最后一天！\n"
         "2. 发件人 no-reply@invoice-fake.example  主题：您的发票\n"
         "3. 发件人 sales@jinghua-precision.example  主题：报价单\n\n"
         "隔离邮件将在 14 天后自动删除。\n\nCoremail 邮件系统\n", charset="gbk",
         extra=[("X-Coremail-Antispam", "1UD129KBjvJXoW7Cw4rGw1UtFyDGr1rAw1kZwb_yoW8Xr1fpF")])
nearmiss("nb-qiye163-daily-send-limit-80.eml", "notice@qiye.163.com", "service@jinghua-precision.example",
         "发信量提醒：今日已使用 80%",
         "您好，service@jinghua-precision.example 今日已发送 1600 封邮件，达到每日发信上限（2000封）的 80%。"
         "达到上限后当日将无法继续发信，次日自动恢复。\n\n网易企业邮箱\n", charset="gbk")
nearmiss("nb-it-mail-migration-notice.eml", "it@jinghua-precision.example", "all@jinghua-precision.example",
         "【通知】本周六邮件系统迁移",
         "各位同事：\n\n本周六 22:00 至周日 06:00 邮件系统迁移至新服务器。期间外部来信可能延迟投递，"
         "发信可能出现退信或“正在重试”的提示，迁移完成后会自动恢复，无需重发。\n\n信息部\n",
         charset="gb18030", cte="quoted-printable")
nearmiss("nb-courier-delivery-failed-recipient-absent.eml", "notify@express-courier.example", SALES,
         "派送失败通知 / Delivery failed",
         "您好，您寄往 上海市浦东新区 的快件 SF1234567890 今日派送失败。\n原因：收件人不在，电话无人接听。\n"
         "我们将于明日再次派送。\n\nDelivery failed: recipient not at address. We will try again tomorrow.\n",
         charset="utf-8")
nearmiss("nb-qq-mail-newsletter-bounce-help.eml", "newsletter@qq.com", "1487720013@qq.com",
         "QQ邮箱小贴士：邮件被退信了怎么办？",
         "邮件被退回时，退信里会写明原因，例如“收件人不存在”“对方邮箱已满”。\n\n"
         "遇到“Mailbox not found”请核对地址；遇到“邮箱已满”请稍后再发。\n\n— QQ邮箱团队\n", charset="gbk",
         extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("Precedence", "bulk")])

write_expected(os.path.join(OUT, "expected.jsonl"))
