#!/usr/bin/env python3
"""Writes testdata/unseen/batch-50: a Chinese cross-border shop's night of
bounces (second take). The shop (haitao-shop.example) sends order and
shipping mail through its own Postfix and through a NetEase qiye.163 and an
Exmail account, to buyers at QQ/Foxmail, NetEase 163/126/yeah/188, Sina,
Sohu, Aliyun, 139/189/wo.cn, Tom, Gmail, Outlook, Yahoo, Mail.ru and Naver.
Near-miss ordinary mail is in nb-* files.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch50.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       orig_headers, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
os.makedirs(OUT, exist_ok=True)

SHOP = "haitao-shop.example"
MTA = "mta2.haitao-shop.example"
SENDER = "orders@haitao-shop.example"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def minute(name):
    return int(hashlib.md5(name.encode()).hexdigest()[:4], 16) % 50


def postfix_dsn(name, rcpt, status, diag, remote, remote_ip, reason, hard, vendor="", delayed=False, hour=21,
                subject_line="Your order has shipped", stage="RCPT TO"):
    """Our own Postfix's DSN about a buyer at a remote provider."""
    m = minute(name)
    date = dt(2026, 12, 2, hour, m, 14, "+0800")
    reply = diag.split()[0][:3] if diag[:3].isdigit() else ""
    if remote_ip:
        said = f"<{rcpt}>: host {remote}[{remote_ip}] said:\n    {diag} (in reply to {stage} command)"
    else:
        said = f"<{rcpt}>: {diag}"
    if delayed:
        subj = "Delayed Mail (still being retried)"
        text = (f"This is the mail system at host {MTA}.\n\n####################################################################\n"
                f"# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                f"####################################################################\n\n"
                f"Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n"
                f"For further assistance, please send mail to postmaster.\n\n"
                f"{said}\n")
        action = "delayed"
    else:
        subj = "Undelivered Mail Returned to Sender"
        text = (f"This is the mail system at host {MTA}.\n\nI'm sorry to have to inform you that your message could not\n"
                f"be delivered to one or more recipients. It's attached below.\n\n"
                f"For further assistance, please send mail to postmaster.\n\n"
                f"If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                f"                   The mail system\n\n{said}\n")
        action = "failed"
    hops = received([("app3.haitao-shop.example", "198.51.100.23", MTA, "Postfix", qid(name, 10), date)])
    orig = orig_headers(SENDER, rcpt, subject_line, dt(2026, 12, 2, hour - 4 if delayed else hour, m, 2, "+0800"),
                        mid(name + "/o", "app3.haitao-shop.example"))
    r = {"final": rcpt, "original": rcpt, "action": action, "status": status}
    if remote_ip:
        r.update(remote=remote, diag=diag)
    else:
        r["diag"] = "X-Postfix; " + diag
    if delayed:
        r["will_retry"] = dt(2026, 12, 6, hour - 4, m, 2, "+0800")
    msg = dsn_mail(name, frm=f"MAILER-DAEMON@{MTA} (Mail Delivery System)", to=SENDER, subject=subj, date=date,
                   host=MTA, hops=hops, text=text, recips=[r], orig=orig,
                   arrival=dt(2026, 12, 2, hour - 4 if delayed else hour, m, 3, "+0800"))
    write(OUT, name, "Return-Path: <>\n" + msg)
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


# ---- buyers at Chinese providers, via our Postfix -------------------------
P = postfix_dsn
P("qq-mailbox-not-found-help-link.eml", "lin.yuqing88@qq.com", "5.0.0",
  "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
  "mx3.qq.com", "203.0.113.31", "userunknown", True, "qq")
P("qq-ip-frequency-limited.eml", "3389201775@qq.com", "5.0.0",
  "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
  "mx1.qq.com", "203.0.113.32", "ratelimited", False, "qq")
P("foxmail-content-judged-spam.eml", "chen_haoran@foxmail.com", "5.0.0",
  "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
  "mx2.qq.com", "203.0.113.33", "spamdetected", False, "qq")
P("netease163-dt-spm.eml", "wangfang_1990@163.com", "5.0.0",
  "554 DT:SPM 163 mx37,OsCowAC3_Mh2kC5n3K8dAQ--.1752S2 1764680412, please see http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.25&hostid=mx37&time=1764680412",
  "163mx02.mxmail.netease.com", "203.0.113.40", "spamdetected", False, "netease", stage="end of DATA")
P("netease126-user-not-found.eml", "zhaolei_sz@126.com", "5.0.0",
  "550 User not found: zhaolei_sz@126.com",
  "126mx01.mxmail.netease.com", "203.0.113.41", "userunknown", True, "netease")
P("netease-yeah-hl-rep.eml", "kevin.xu@yeah.net", "4.0.0",
  "421 HL:REP 198.51.100.25 has a poor reputation with NetEase; connection refused. http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.25",
  "yeahmx01.mxmail.netease.com", "203.0.113.42", "badreputation", False, "netease", delayed=True)
P("netease188-rp-trc.eml", "vip.sunmei@188.com", "5.0.0",
  "550 RP:TRC 198.51.100.25 too many recipients from this sender today; please reduce the volume. http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.25",
  "188mx.mxmail.netease.com", "203.0.113.43", "ratelimited", False, "netease")
P("qiye163-mailbox-over-quota.eml", "purchasing@qiye-buyer-trading.example", "5.2.2",
  "552 5.2.2 Mailbox is full: the recipient's mail storage has used 10240M of 10240M",
  "qiye163mx01.mxmail.netease.com", "203.0.113.44", "mailboxfull", False, "netease")
P("sina-cn-no-such-account.eml", "xiaoyu_2003@sina.cn", "5.1.1",
  "550 5.1.1 <xiaoyu_2003@sina.cn>: the account does not exist on sina.cn",
  "mx.sina.cn", "203.0.113.50", "userunknown", True, "sina")
P("sina-com-account-frozen.eml", "liujian_bj@sina.com", "5.2.1",
  "550 5.2.1 This mailbox has been frozen because it was not logged in for 360 days",
  "freemx1.sinamail.sina.com.cn", "203.0.113.51", "suspend", False, "sina")
P("sohu-message-too-big.eml", "zhangwei_cd@sohu.com", "5.3.4",
  "552 5.3.4 Message size 41943040 exceeds the maximum of 20971520 bytes allowed here",
  "mx1.sohu.com", "203.0.113.52", "emailtoolarge", False, "sohu", stage="MAIL FROM")
P("aliyun-mail-mailbox-gone.eml", "hangzhou.tea@aliyun.com", "5.1.1",
  "550 5.1.1 Mailbox not found or this account has been removed",
  "mx1.mail.aliyun.com", "203.0.113.60", "userunknown", True, "aliyun")
P("aliyun-qiye-spf-fail.eml", "caigou@aliqiye-importer.example", "5.7.23",
  "550 5.7.23 SPF check failed: 198.51.100.25 is not permitted to send for haitao-shop.example",
  "mx2.qiye.aliyun.com", "203.0.113.61", "authfailure", False, "aliyun")
P("chinamobile-139-user-nonexistent.eml", "13812345678@139.com", "5.1.1",
  "550 5.1.1 recipient 13812345678@139.com nonexistent, please check the address",
  "mx1.mail.139.com", "203.0.113.70", "userunknown", True, "139")
P("chinatelecom-189-ip-in-blacklist.eml", "13312345678@189.cn", "5.7.1",
  "554 5.7.1 Your IP 198.51.100.25 is listed in our blacklist; connection rejected",
  "mta-189.21cn.com", "203.0.113.71", "blocked", False, "189")
P("unicom-wo-no-ptr.eml", "18612345678@wo.cn", "4.7.25",
  "450 4.7.25 Client host rejected: cannot find your reverse hostname, [198.51.100.25]",
  "mx.wo.cn", "203.0.113.72", "requireptr", False, "wo.cn", delayed=True)
P("tom-mailbox-over-storage.eml", "dongdong_777@tom.com", "5.2.2",
  "552 5.2.2 User dongdong_777 is over quota, message cannot be stored",
  "mx.tom.com", "203.0.113.73", "mailboxfull", False, "tom")

# ---- overseas buyers -------------------------------------------------------
P("gmail-account-does-not-exist.eml", "emily.h.carter@gmail.com", "5.1.1",
  "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5a1b2c3d4e.25 - gsmtp",
  "gmail-smtp-in.l.google.com", "192.0.2.26", "userunknown", True, "google")
P("gmail-dmarc-unauthenticated.eml", "marco.bianchi.shop@gmail.com", "5.7.26",
  "550-5.7.26 Unauthenticated email from haitao-shop.example is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 haitao-shop.example domain if this was a legitimate mail. 550 5.7.26 https://support.google.com/mail/answer/2451690 9f8e7d6c5b.71 - gsmtp",
  "gmail-smtp-in.l.google.com", "192.0.2.27", "authfailure", False, "google")
P("gmail-inbox-out-of-storage-delay.eml", "sophie.martin75@gmail.com", "4.2.2",
  "452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 1a2b3c4d5e.88 - gsmtp",
  "gmail-smtp-in.l.google.com", "192.0.2.28", "mailboxfull", False, "google", delayed=True)
P("outlook-s3150-ip-blocked.eml", "jake.thompson@outlook.com", "5.7.1",
  "550 5.7.1 Unfortunately, messages from [198.51.100.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
  "outlook-com.olc.protection.outlook.com", "192.0.2.40", "blocked", False, "microsoft")
P("hotmail-recipient-not-found.eml", "lucas.m.rivera@hotmail.com", "5.5.0",
  "550 5.5.0 Requested action not taken: mailbox unavailable. The recipient lucas.m.rivera@hotmail.com was not found in this directory.",
  "hotmail-com.olc.protection.outlook.com", "192.0.2.41", "userunknown", True, "microsoft")
P("yahoo-no-such-account.eml", "grandma.june42@yahoo.com", "5.0.0",
  "554 delivery error: dd This user doesn't have a yahoo.com account (grandma.june42@yahoo.com) [0] - mta1107.mail.gq1.yahoo.com",
  "mta7.am0.yahoodns.net", "192.0.2.50", "userunknown", True, "yahoo")
P("yahoo-mailbox-over-quota.eml", "ttanaka_shop@yahoo.com", "5.0.0",
  "552 1 Requested mail action aborted, mailbox ttanaka_shop@yahoo.com is over quota",
  "mta5.am0.yahoodns.net", "192.0.2.51", "mailboxfull", False, "yahoo")
P("mailru-user-not-found.eml", "ivanova.olga85@mail.ru", "5.0.0",
  "550 Message was not accepted -- invalid mailbox.  Local mailbox ivanova.olga85@mail.ru is unavailable: user not found",
  "mxs.mail.ru", "192.0.2.60", "userunknown", True, "mailru")
P("mailru-spam-rejected.eml", "d.sokolov@bk.ru", "5.0.0",
  "550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=QmFzZTY0c3R1ZmY or report details to abuse@corp.mail.ru. Error code: 7A1B2C3D.",
  "mxs.mail.ru", "192.0.2.61", "spamdetected", False, "mailru", stage="end of DATA")
P("naver-mailbox-capacity.eml", "kimminji0412@naver.com", "4.2.2",
  "452 4.2.2 The recipient's mailbox has exceeded its storage capacity; try again later",
  "mx1.naver.com", "192.0.2.70", "mailboxfull", False, "naver", delayed=True)
P("naver-unknown-domain-typo.eml", "parkjisoo@naver.con", "5.1.2",
  "Host or domain name not found. Name service error for name=naver.con type=A: Host not found",
  "naver.con", None, "hostunknown", True, "")

P("netease163-user-suspended.eml", "yang_xue1988@163.com", "5.0.0",
  "550 User suspended: yang_xue1988@163.com has been suspended for long-term inactivity",
  "163mx01.mxmail.netease.com", "203.0.113.45", "suspend", False, "netease")
P("outlook-5-7-708-ip-traffic.eml", "n.fischer@outlook.de", "5.7.708",
  "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(830) [DB5PEPF00014B9A.eurprd02.prod.outlook.com 2026-12-02T13:41:07.553Z 08DE31A0C1F2B3D4]",
  "outlook-de.olc.protection.outlook.com", "192.0.2.42", "blocked", False, "microsoft", stage="MAIL FROM")
P("gmail-4-7-28-unusual-rate-delay.eml", "priya.nair.buys@gmail.com", "4.7.28",
  "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail from your IP 421-4.7.28 address 198.51.100.25. To protect our users from spam, mail has been 421-4.7.28 temporarily rate limited. 421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError 7c6b5a4d3e.19 - gsmtp",
  "gmail-smtp-in.l.google.com", "192.0.2.29", "ratelimited", False, "google", delayed=True, stage="end of DATA")
P("yahoo-bl21-spamhaus.eml", "bobby.r.dallas@yahoo.com", "5.7.1",
  "553 5.7.1 [BL21] Connections will not be accepted from 198.51.100.25, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
  "mta6.am0.yahoodns.net", "192.0.2.52", "blocked", False, "yahoo", stage="MAIL FROM")


# ---- provider-native prose notices (the shop's qiye.163 / Exmail accounts) ----
def prose(name, *, frm, host, subject, text, charset, cte, rcpt, reason, hard, status="", reply="", vendor="",
          action="failed", auto=True, subj_enc=True):
    m = minute(name)
    date = dt(2026, 12, 2, 22, m, 40, "+0800")
    hops = received([(host, "203.0.113.90", "mx.haitao-shop.example", "Postfix", qid(name, 12), date)])
    s = enc_header(subject, charset if charset != "us-ascii" else "utf-8") if subj_enc else subject
    msg = plain_mail(name, frm=frm, to="kefu@haitao-shop.example", subject=s, date=date, host=host, hops=hops,
                     text=text, charset=charset, cte=cte, auto=auto)
    write(OUT, name, msg)
    if rcpt:
        expect(name, rcpt, reason, hard, status, reply, action, vendor)


prose("qiye163-prose-gbk-user-not-found.eml", frm="postmaster@qiye.163.com", host="mta12.qiye.163.com",
      subject="系统退信", charset="gbk", cte="base64", rcpt="guo.ming@jiaxing-textile.example",
      status="5.1.1", reason="userunknown", hard=True, reply="550", vendor="netease",
      text="""您好，很遗憾您的邮件未能成功发送。

收件人：guo.ming@jiaxing-textile.example
邮件主题：订单 HT-20261202-0087 发货通知
发送时间：2026-12-02 22:11:05

退信原因：收件人地址不存在，请核对收件人地址是否拼写正确。
对方服务器返回信息：
  jiaxing-textile.example (rejected by mx.jiaxing-textile.example[203.0.113.91])
  550 5.1.1 <guo.ming@jiaxing-textile.example>: Recipient address rejected: User unknown in virtual mailbox table

此为系统邮件，请勿直接回复。
网易企业邮箱
""")
prose("qiye163-prose-gb2312-mi-sfq.eml", frm="postmaster@qiye.163.com", host="mta15.qiye.163.com",
      subject="退信通知：发信频率过高", charset="gb2312", cte="base64", rcpt="li.na@shenzhen-parts.example",
      reason="ratelimited", hard=False, reply="451", vendor="netease",
      text="""尊敬的用户：

您发送给 li.na@shenzhen-parts.example 的邮件被退回。

错误代码：451 MI:SFQ 发信人在15分钟内发信数量超过限制，请控制发信频率。
详情请见：http://mail.163.com/help/help_spam_16.htm?ip=220.181.12.34

请稍后再试。
网易企业邮箱 系统管理员
""")
prose("exmail-prose-utf8-qp-mailbox-full.eml", frm="PostMaster@exmail.qq.com", host="smtpbg.exmail.qq.com",
      subject="退信：收件人邮箱空间已满", charset="utf-8", cte="quoted-printable",
      rcpt="wu.ting@ningbo-ceramics.example", status="5.2.2", reason="mailboxfull", hard=False, reply="552", vendor="qq",
      text="""很抱歉，您的邮件无法发送到以下地址：

  wu.ting@ningbo-ceramics.example

原因：对方邮箱容量已满，无法接收新邮件。
服务器返回：552 5.2.2 mailbox full, quota exceeded (in reply to end of DATA command)

建议您通知收件人清理邮箱后重新发送。
腾讯企业邮箱
""")
prose("exmail-prose-gb18030-domain-missing.eml", frm="PostMaster@exmail.qq.com", host="smtpbg.exmail.qq.com",
      subject="退信：无法投递", charset="gb18030", cte="base64",
      rcpt="sales@yiwu-toys-wholesal.example", reason="hostunknown", hard=True, vendor="qq",
      text="""您的邮件未能投递到 sales@yiwu-toys-wholesal.example

失败原因：收件人所在域名 yiwu-toys-wholesal.example 不存在，找不到对方的邮件服务器（DNS 查询无 MX 及 A 记录）。
请检查收件人地址中的域名是否填写正确。

腾讯企业邮箱 系统退信
""")
prose("qq-prose-gbk-expired-48h.eml", frm="MAILER-DAEMON@qq.com", host="smtpbg516.qq.com",
      subject="退信：邮件投递超时", charset="gbk", cte="base64",
      rcpt="orders@moscow-gadgets.example", reason="expired", hard=False, vendor="qq",
      text="""您的邮件 “Invoice HT-20261130-0412” 在 48 小时内多次尝试投递均未成功，系统已停止重试。

收件人：orders@moscow-gadgets.example
最后一次错误：连接对方服务器 mx.moscow-gadgets.example[192.0.2.99] 超时。

请确认收件人地址正确，或稍后重新发送。
QQ邮箱
""")
prose("sina-prose-gb2312-attachment-virus.eml", frm="MAILER-DAEMON@sina.com", host="mta3.sina.com",
      subject="邮件被退回", charset="gb2312", cte="base64",
      rcpt="huang.lei@sina.com", status="5.7.1", reason="virusdetected", hard=False, reply="554", vendor="sina",
      text="""您好：

您发给 huang.lei@sina.com 的邮件因附件 invoice_1202.zip 中检测到病毒（Trojan.Downloader.Gen）而被拒收。

554 5.7.1 Message rejected: virus found in attachment

新浪邮箱
""")
prose("sohu-prose-en-relay-denied.eml", frm="postmaster@vip.sohu.com", host="mta2.vip.sohu.com",
      subject="Mail delivery failed: returning message to sender", charset="us-ascii", cte="7bit",
      rcpt="buyer.amsterdam@dutch-imports.example", status="5.7.1", reason="norelaying", hard=False, reply="554", vendor="sohu",
      subj_enc=False,
      text="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  buyer.amsterdam@dutch-imports.example
    SMTP error from remote mail server after RCPT TO:<buyer.amsterdam@dutch-imports.example>:
    554 5.7.1 <buyer.amsterdam@dutch-imports.example>: Relay access denied
""")
prose("netease-prose-utf8-mail-too-large.eml", frm="postmaster@163.com", host="m15.mail.163.com",
      subject="系统退信：邮件大小超过限制", charset="utf-8", cte="base64",
      rcpt="ryan.oconnor@irish-retail.example", reason="emailtoolarge", hard=False, reply="552", vendor="netease",
      text="""您好！您的邮件因体积过大无法送达：

收件人：ryan.oconnor@irish-retail.example
对方服务器返回：552 Requested mail action aborted: exceeded mailsize limit (message is 48 MB, limit is 25 MB)

建议您使用网易邮箱的超大附件功能后重新发送。
网易邮件中心
""")
prose("delay-qq-prose-gbk-still-trying.eml", frm="MAILER-DAEMON@qq.com", host="smtpbg517.qq.com",
      subject="延迟投递通知", charset="gbk", cte="base64", action="delayed",
      rcpt="anna.kowalska@polish-buyers.example", reason="networkerror", hard=False, vendor="qq",
      text="""这是一封投递延迟通知，您无需重新发送。

您发送给 anna.kowalska@polish-buyers.example 的邮件暂时无法投递，系统将在 5 天内继续尝试。
原因：查询对方域名的 MX 记录时 DNS 服务器无响应（DNS 临时故障）。

QQ邮箱
""")

prose("aliyun-directmail-invalid-address-list.eml", frm=enc_header("阿里云邮件推送", "utf-8") + " <no-reply@dm.aliyun.com>",
      host="dm-mta03.aliyun.com", subject="邮件推送投递失败通知", charset="utf-8", cte="base64",
      rcpt="old.buyer2019@sohu.com", reason="suppressed", hard=False, vendor="aliyun",
      text="""您好，

您通过邮件推送（DirectMail）发送的邮件未投递：
  收件人：old.buyer2019@sohu.com
  状态：该地址已在您账号的无效地址列表中（此前曾硬退信），系统已直接拦截，未向对方服务器发送。

如确认地址有效，可在控制台“无效地址”中将其移除后重试。
阿里云邮件推送
""")
prose("exmail-prose-gbk-two-recipients.eml", frm="PostMaster@exmail.qq.com", host="smtpbg.exmail.qq.com",
      subject="退信：部分收件人投递失败", charset="gbk", cte="base64",
      rcpt="he.jun@xiamen-shoes.example", status="5.1.1", reason="userunknown", hard=True, reply="550", vendor="qq",
      text="""您的邮件“12月对账单”有以下收件人投递失败：

1. he.jun@xiamen-shoes.example
   原因：收件人帐号不存在。
   对方服务器返回：550 5.1.1 <he.jun@xiamen-shoes.example>: user does not exist

2. finance@xiamen-shoes.example
   原因：对方服务器拒绝，邮件被判定为垃圾邮件。
   对方服务器返回：554 5.7.1 Message rejected as spam by content filter

其余收件人已成功投递。
腾讯企业邮箱
""")
expect("exmail-prose-gbk-two-recipients.eml", "finance@xiamen-shoes.example", "spamdetected", False, "5.7.1", "554", "failed", "qq")


# ---- 自动回复 auto-replies -----------------------------------------------------
def autoreply(name, *, frm, host, subject, text, charset, cte, vendor):
    m = minute(name)
    date = dt(2026, 12, 2, 23, m, 5, "+0800")
    hops = received([(host, "203.0.113.95", "mx.haitao-shop.example", "Postfix", qid(name, 12), date)])
    heads = [hops, ("Date", date), ("From", frm), ("To", SENDER), ("Subject", enc_header(subject, charset)),
             ("Message-ID", mid(name, host)), ("In-Reply-To", mid(name + "/o", "app3.haitao-shop.example")),
             ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
    write(OUT, name, mail(heads, text_part(text, charset, cte)))
    expect(name, frm.split("<")[-1].rstrip(">"), "vacation", False, "", "", "", vendor)


autoreply("autoreply-qq-gbk-national-day.eml", frm=enc_header("张晓敏", "gbk") + " <zxm_travel@qq.com>", host="smtpbg600.qq.com",
          subject="自动回复: 您的订单已发货", charset="gbk", cte="base64", vendor="qq",
          text="您好，我正在外地出差，12月8日返回，期间邮件回复可能不及时。急事请拨打手机。\n\n--- 此为QQ邮箱自动回复 ---\n")
autoreply("autoreply-163-utf8-holiday.eml", frm="chenjing_home@163.com", host="m16.mail.163.com",
          subject="自动回复：发货通知", charset="utf-8", cte="base64", vendor="netease",
          text="这是一封自动回复邮件。我已收到您的来信，休假期间（12月1日至12月10日）不处理邮件，回来后尽快回复。\n")
autoreply("autoreply-exmail-gb18030-leave.eml", frm="caiwu@dongguan-furniture.example", host="smtpbg.exmail.qq.com",
          subject="自动回复：发票已开具", charset="gb18030", cte="quoted-printable", vendor="qq",
          text="您好！本人年假中，12月9日回公司。财务事宜请联系 王会计 wangkj@dongguan-furniture.example。\n（本邮件为自动回复）\n")


# ---- near-misses: no record ------------------------------------------------
def nb(name, *, frm, to, subject, text, charset="utf-8", cte="base64", host="mail.example", extra=()):
    m = minute(name)
    date = dt(2026, 12, 2, 20, m, 0, "+0800")
    hops = received([(host, "203.0.113.120", "mx.haitao-shop.example", "Postfix", qid(name, 12), date)])
    s = enc_header(subject, charset) if any(ord(c) > 127 for c in subject) else subject
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", s), ("Message-ID", mid(name, host))] + list(extra)
    # Near-misses go in not-bounce/, where the unseen test looks for them
    # (moved there by the lead after the first-try run; no byte changed).
    os.makedirs(os.path.join(OUT, "not-bounce"), exist_ok=True)
    write(os.path.join(OUT, "not-bounce"), name, mail(heads, text_part(text, charset, cte if charset != "us-ascii" else "7bit")))


nb("nb-qq-security-new-login.eml", frm=enc_header("QQ邮箱团队", "utf-8") + " <10000@qq.com>",
   to="kefu-shop@qq.com", subject="QQ邮箱登录提醒", host="smtpbg.qq.com",
   text="你的QQ邮箱 kefu-shop@qq.com 于 2026-12-02 20:14 在新设备（广东 深圳）上登录。\n如非本人操作，请立即修改密码。\n\nQQ邮箱团队\n")
nb("nb-163-storage-upgrade-offer.eml", frm=enc_header("网易邮箱", "utf-8") + " <service@mail.163.com>",
   to="haitao_boss@163.com", subject="您的邮箱容量即将用完，升级VIP享 20G 空间", host="m9.mail.163.com",
   charset="gb2312", text="尊敬的用户：\n您的邮箱已使用 2.9G / 3G。当容量已满时，新邮件将无法接收。\n现在升级网易VIP邮箱，立享 20G 超大空间。\n\n网易邮箱\n")
nb("nb-buyer-reply-wrong-address.eml", frm="Olga Ivanova <ivanova.olga.work@mail.ru>", to=SENDER,
   subject="Re: Your order has shipped", charset="us-ascii", host="smtp43.i.mail.ru",
   text="Hello,\n\nI got a message that my old mailbox ivanova.olga85@mail.ru does not exist any more.\nPlease use this address for the tracking number from now on.\n\nThank you,\nOlga\n")
nb("nb-buyer-zh-complaint-not-received.eml", frm="zhaolei_work@126.com", to="kefu@haitao-shop.example",
   subject="回复：订单 HT-20261128-0033 为什么还没收到", charset="gbk", host="m12.mail.126.com",
   text="客服你好，\n你们说已经发了邮件，但我的邮箱什么也没收到，也没有退信。是不是被当成垃圾邮件了？\n请把快递单号直接发到这个邮箱。\n\n赵磊\n")
nb("nb-marketing-double11-edm.eml", frm="Haitao Deals <deals@news.haitao-partner.example>", to="kefu@haitao-shop.example",
   subject="双十二狂欢：全场满 300 减 50，不满意无理由退回", charset="utf-8", host="edm.haitao-partner.example",
   extra=[("List-Unsubscribe", "<mailto:unsub@news.haitao-partner.example>")],
   text="双十二来了！\n全场满 300 减 50，7 天无理由退货，退回运费我们出。\n\n退订请回复 TD。\n")
nb("nb-spam-fake-mailer-daemon.eml", frm="Mail Delivery Subsystem <mailer-daemon@promo-win.example>",
   to="kefu@haitao-shop.example", subject="Your package delivery failed - claim now", charset="us-ascii",
   host="bulk7.promo-win.example",
   text="Dear customer,\n\nWe could not deliver your parcel. Pay the 1.99 USD redelivery fee here:\nhttp://promo-win.example/claim\n\nOtherwise your package will be returned.\n")
nb("nb-aliyun-dm-quota-notice.eml", frm=enc_header("阿里云", "utf-8") + " <no-reply@notice.aliyun.com>", to="ops@haitao-shop.example",
   subject="【阿里云】邮件推送日发送额度即将用完", host="notice.aliyun.com",
   text="尊敬的用户：\n您的邮件推送（DirectMail）今日已发送 1900 / 2000 封，额度即将用完。超出部分将被拒绝发送，次日 0 点恢复。\n\n阿里云\n")
nb("nb-gmail-postmaster-tools-digest.eml", frm="Postmaster Tools <postmaster-tools-noreply@google.com>",
   to="ops@haitao-shop.example", subject="Weekly summary for haitao-shop.example", charset="us-ascii",
   host="mail-sor-f69.google.com",
   text="Domain reputation: Medium\nIP reputation: High\nSpam rate: 0.2%\nDelivery errors: 1.4% (mostly 550 5.1.1 user unknown)\n\nView the dashboard: https://postmaster.google.com/\n")
nb("nb-colleague-forwarded-question.eml", frm="Xu Ming <xu.ming@haitao-shop.example>", to="ops@haitao-shop.example",
   subject="Fw: 退信太多了怎么办", charset="utf-8", host="app3.haitao-shop.example",
   text="老王，\n昨晚发给 QQ 和 163 的发货通知退了好多，都说频率受限。能不能把发信速度调低一点？\n\n徐明\n")
nb("nb-naver-buyer-korean-thanks.eml", frm="kimminji0412@naver.com", to=SENDER,
   subject="Re: 주문이 발송되었습니다", charset="utf-8", host="cvsmtppost.nm.naver.com",
   text="감사합니다. 택배 잘 받았습니다.\n메일함이 꽉 차서 지난번 메일은 못 받았는데 이번엔 잘 왔어요.\n")
nb("nb-exmail-admin-account-disabled-notice.eml", frm=enc_header("腾讯企业邮", "utf-8") + " <noreply@exmail.qq.com>",
   to="admin@haitao-shop.example", subject="管理员通知：成员帐号已停用", host="smtpbg.exmail.qq.com",
   text="管理员您好：\n根据您的操作，成员 old.staff@haitao-shop.example 的帐号已于 2026-12-02 停用，其邮件将转发至 kefu@haitao-shop.example。\n\n腾讯企业邮\n")
nb("nb-yahoo-buyer-out-of-office-joke.eml", frm="June Miller <grandma.june42@yahoo.co.uk>", to=SENDER,
   subject="Re: out of office? no, out of patience", charset="us-ascii", host="sonic301-2.consmr.mail.ir2.yahoo.com",
   text="My grandson says my old Yahoo address was closed. This is my new one.\nThe teapot arrived broken, what can you do?\n\nJune\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
