#!/usr/bin/env python3
"""Writes testdata/unseen/batch-08: the Chinese and East-Asian operator.
Bounces from QQ Mail / Tencent Exmail, NetEase (163, 126, yeah.net, 188,
enterprise), Sina, Sohu, Aliyun enterprise mail, Coremail-hosted company and
university servers, 21cn, 139.com, 189.cn, Tom, HiNet and other Taiwanese
providers, Naver / Daum / Kakao, Japanese carriers and ISPs, and English
bounces from Western MTAs for Chinese recipients; in GB2312, GBK, GB18030,
Big5, ISO-2022-JP, Shift_JIS, EUC-KR and UTF-8, base64 and quoted-printable,
with RFC 2047 subjects. Ordinary CJK mail that comes close to a bounce is in
not-bounce/, and expected.jsonl has one line per failed recipient.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
`onhold` is used where a real rejection gives a reply but its words name no
cause (an opaque provider reference); `undefined` where the notice gives no
reply and no cause at all.
Usage: python3 make_batch08.py [DIR]"""
import base64
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, part, qp, received, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def tpart(text, charset="us-ascii", cte=None, subtype="plain"):
    """A text part; ISO-2022-JP stays 7bit as Japanese mailers send it."""
    cs = charset.lower()
    if cte is None:
        cte = "7bit" if cs in ("us-ascii", "iso-2022-jp") else "base64"
    if cte == "base64":
        body = b64(text, cs)
    elif cte == "quoted-printable":
        body = qp(text, cs)
    else:
        body = text.encode(cs).decode("ascii")
    return part(f"text/{subtype}; charset={charset}", body, cte)


def alt(name, plain_text, html_text, charset, cte="base64"):
    return multipart("alternative", [tpart(plain_text, charset, cte), tpart(html_text, charset, cte, "html")],
                     boundary(name, 2), "")


def orig(frm, to, subject, date, host, name, body="Hello,\n\nplease see the attached file.\n", charset="utf-8"):
    """The returned original message: headers and a base64 body."""
    subj = subject if subject.isascii() else enc_header(subject, charset)
    return (f"Return-Path: <{frm}>\nReceived: from [192.0.2.{int(qid(name, 2), 16) % 200 + 20}] by {host}\n"
            f"\twith ESMTPSA id {qid(name + 'o', 10)}; {date}\n"
            f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\nMessage-ID: {mid(name + 'o', host)}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: base64\n\n"
            + b64(body, charset) + "\n")


def heads(name, host, sw, date, frm, to, subject, extra=(), auto=True, rpath="<>", hopfrm="localhost", hopip="127.0.0.1"):
    h = [f"Return-Path: {rpath}\n" + hop(name, host, sw, date, hopfrm, hopip), ("Date", date), ("From", frm), ("To", to),
         ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        h.append(("Auto-Submitted", "auto-replied"))
    return h


def notice(name, *, host, sw, date, frm, to, subject, text, charset, cte="base64", html=None, original=None,
           extra=(), rpath="<>", returned_as="message/rfc822"):
    """A provider's own notice: text (or text+html), returned message attached."""
    body = alt(name, text, html, charset, cte) if html else tpart(text, charset, cte)
    if original is not None:
        rp = part(returned_as, original, cte=None)
        body = multipart("mixed", [body, rp], boundary(name), "")
    return mail(heads(name, host, sw, date, frm, to, subject, extra, rpath=rpath), body)


def dsn(name, *, host, sw, date, frm, to, subject, text, recips, original, charset="us-ascii", cte=None,
        html=None, arrival=None, returned="headers", extra=(), reporting=None):
    """An RFC 3464 multipart/report from host."""
    tp = alt(name, text, html, charset, cte or "base64") if html else tpart(text, charset, cte)
    parts = [tp, delivery_status(reporting or host, recips, arrival)]
    if returned == "headers":
        parts.append(part("text/rfc822-headers", original.split("\n\n", 1)[0] + "\n", cte=None))
    elif returned == "message":
        parts.append(part("message/rfc822", original, cte=None))
    return mail(heads(name, host, sw, date, frm, to, subject, extra),
                multipart("report", parts, boundary(name), " report-type=delivery-status;"))


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
It will be retried until it is {days} day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix(name, *, host, date, sender, rcpts, tail, osubj, odate, recips, delay=None, arrival=None):
    head = POSTFIX_DELAY.format(host=host, hours=delay[0], days=delay[1]) if delay else POSTFIX_HEAD.format(host=host)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    return dsn(name, host=host, sw="Postfix", date=date, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)",
               to=sender, subject=subj, text=head + tail, recips=recips, arrival=arrival or odate,
               original=orig(sender, ", ".join(rcpts), osubj, odate, sender.split("@")[1], name))


def exim(name, *, host, date, sender, rcpt_lines, osubj, odate, to, delay=False, ver="4.97.1"):
    if delay:
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on " + host + ".\n\n" + rcpt_lines +
                "\nNo action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        subj = "Warning: message " + qid(name, 6) + "-000" + qid(name + "x", 3) + "-" + qid(name + "y", 2) + " delayed 24 hours"
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n" + rcpt_lines)
        subj = "Mail delivery failed: returning message to sender"
    o = orig(sender, to, osubj, odate, sender.split("@")[1], name)
    body = multipart("mixed", [tpart(text), part("message/rfc822", o, cte=None)], boundary(name), "")
    return mail(heads(name, host, f"Exim {ver}", date, f"Mail Delivery System <Mailer-Daemon@{host}>", sender, subj,
                      extra=[("X-Failed-Recipients", to)] if not delay else []), body)


def orig_zh(n, frm, to, subj, date, host, body="您好：\n\n附件是本月的报价单，请查收。\n\n谢谢！\n"):
    return orig(frm, to, subj, date, host, n, body)


# ================================================================ Tencent: QQ Mail and Exmail

n = "qq-notice-three-rcpts-gb18030-html.eml"
d = dt(2026, 11, 24, 10, 21, 7, "+0800")
txt = """很抱歉，您的邮件没有发送成功。

您发送的邮件《十二月展会安排》未能送达以下收件人：

1. liu.yang@xinghe-expo.example
   退信原因：收件人邮箱地址不存在，请核对后重新发送。
   对方服务器返回：550 5.1.1 <liu.yang@xinghe-expo.example>: Recipient address rejected: User unknown in virtual mailbox table

2. gao.min@xinghe-expo.example
   退信原因：收件人的邮箱容量已满，无法接收新邮件。
   对方服务器返回：552 5.2.2 <gao.min@xinghe-expo.example>: Recipient mailbox is full

3. sales@xinghe-expro.example
   退信原因：收件人的域名不存在（找不到 xinghe-expro.example 的邮件服务器）。

此邮件由系统自动发出，请勿直接回复。
QQ邮箱团队
"""
html = "<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
write(OUT, n, notice(n, host="newxmesmtplogicsvrsza1.qq.com", sw="NewMx", date=d,
    frm="=?gb18030?B?z7XNs83Le8W8?= <MAILER-DAEMON@qq.com>".replace("z7XNs83Le8W8", base64.b64encode("系统退信".encode("gb18030")).decode()),
    to="2391150874@qq.com", subject=enc_header("退信：十二月展会安排", "gb18030"), text=txt, html=html, charset="GB18030",
    original=orig_zh(n, "2391150874@qq.com", "liu.yang@xinghe-expo.example, gao.min@xinghe-expo.example, sales@xinghe-expro.example",
                     "十二月展会安排", dt(2026, 11, 24, 10, 20, 51, "+0800"), "qq.com")))
expect(n, "liu.yang@xinghe-expo.example", "userunknown", True, "5.1.1", "550", vendor="qq")
expect(n, "gao.min@xinghe-expo.example", "mailboxfull", False, "5.2.2", "552", vendor="qq")
expect(n, "sales@xinghe-expro.example", "hostunknown", True, vendor="qq")

n = "exmail-delayed-quota-gbk.eml"
d = dt(2026, 11, 26, 16, 2, 40, "+0800")
txt = """您好，

您于 2026-11-26 12:01 发送给 zhou.jing@baiyun-pharma.example 的邮件《合同盖章版》暂时未能投递。

原因：对方服务器暂时拒收，收件人邮箱空间不足。
对方服务器返回信息：452 4.2.2 <zhou.jing@baiyun-pharma.example> Mailbox over quota, try again later

系统将继续尝试投递，最长 48 小时。如果届时仍无法投递，系统会再发送一封退信通知给您。
此邮件无需回复，您也无需重新发送该邮件。

腾讯企业邮箱
"""
write(OUT, n, notice(n, host="smtpbg151.qq.com", sw="exmail", date=d,
    frm="=?gbk?B?" + base64.b64encode("腾讯企业邮箱".encode("gbk")).decode() + "?= <postmaster@exmail.qq.com>",
    to="chen.li@lingxi-law.example", subject=enc_header("邮件延迟投递通知：合同盖章版", "gbk"), text=txt, charset="GBK",
    original=orig_zh(n, "chen.li@lingxi-law.example", "zhou.jing@baiyun-pharma.example", "合同盖章版",
                     dt(2026, 11, 26, 12, 1, 3, "+0800"), "lingxi-law.example"), returned_as="text/rfc822-headers"))
expect(n, "zhou.jing@baiyun-pharma.example", "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="exmail")

n = "exmail-gaveup-48h-gb18030.eml"
d = dt(2026, 11, 28, 9, 40, 2, "+0800")
txt = """您好，

您于 2026-11-26 09:38 发送给 wu.hao@tianfu-steel.example 的邮件《对账单（10月）》投递失败。

系统已经尝试投递 48 小时，期间始终无法与对方邮件服务器 mx.tianfu-steel.example 建立连接，
现已放弃投递，邮件已被退回。

建议：请确认收件人地址，或稍后通过其他方式联系收件人。

腾讯企业邮箱
"""
write(OUT, n, notice(n, host="smtpbg152.qq.com", sw="exmail", date=d,
    frm="=?gb18030?B?" + base64.b64encode("腾讯企业邮箱".encode("gb18030")).decode() + "?= <postmaster@exmail.qq.com>",
    to="caiwu@hengan-trade.example", subject=enc_header("退信：对账单（10月）", "gb18030"), text=txt, charset="GB18030",
    original=orig_zh(n, "caiwu@hengan-trade.example", "wu.hao@tianfu-steel.example", "对账单（10月）",
                     dt(2026, 11, 26, 9, 38, 0, "+0800"), "hengan-trade.example")))
expect(n, "wu.hao@tianfu-steel.example", "expired", vendor="exmail")

n = "qq-mx-dmarc-postfix.eml"
d = dt(2026, 11, 19, 3, 11, 9, "+0000")
write(OUT, n, postfix(n, host="mta2.brightlane-news.example", date=d, sender="digest@brightlane-news.example",
    rcpts=["1287733412@qq.com"], osubj="Your weekly digest", odate=dt(2026, 11, 19, 3, 11, 1, "+0000"),
    tail="""<1287733412@qq.com>: host mx3.qq.com[203.205.219.57] said: 550 DMARC check
    failed: the From domain brightlane-news.example publishes p=reject and this
    message is neither SPF- nor DKIM-aligned.
    http://service.mail.qq.com/detail/0/1000 (in reply to end of DATA command)
""", recips=[{"final": "1287733412@qq.com", "status": "5.7.1", "remote": "mx3.qq.com",
              "diag": "smtp; 550 DMARC check failed: the From domain brightlane-news.example publishes p=reject and this message is neither SPF- nor DKIM-aligned."}]))
expect(n, "1287733412@qq.com", "authfailure", False, "5.7.1", "550", vendor="qq")

n = "exmail-smarthost-auth-failed.eml"
d = dt(2026, 11, 30, 8, 15, 55, "+0800")
write(OUT, n, postfix(n, host="gw.yunfan-print.example", date=d, sender="kefu@yunfan-print.example",
    rcpts=["buyer@lakeside-books.example"], osubj="Quotation 2026-1130", odate=dt(2026, 11, 30, 8, 15, 50, "+0800"),
    tail="""<buyer@lakeside-books.example>: SASL authentication failed; server
    smtp.exmail.qq.com[43.129.255.54] said: 535 Error: authentication failed,
    the password or the client authorization code is wrong
""", recips=[{"final": "buyer@lakeside-books.example", "status": "5.7.8", "remote": "smtp.exmail.qq.com",
              "diag": "smtp; 535 Error: authentication failed, the password or the client authorization code is wrong"}]))
expect(n, "buyer@lakeside-books.example", "securityerror", False, "5.7.8", "535", vendor="exmail")

n = "qq-notice-attachment-policy-utf8.eml"
d = dt(2026, 12, 1, 14, 5, 12, "+0800")
txt = """很抱歉，您的邮件没有发送成功。

收件人：2087715530@qq.com
主题：安装包
退信原因：您的邮件附件中含有可执行文件（setup.exe），根据QQ邮箱的安全策略，此类附件不允许发送。
对方服务器返回：554 5.7.1 Attachment type .exe is not allowed by policy

建议：请将文件上传至网盘后以链接方式发送。
QQ邮箱团队
"""
write(OUT, n, notice(n, host="newxmesmtplogicsvrszb6.qq.com", sw="NewMx", date=d,
    frm="MAILER-DAEMON@qq.com", to="m.tang@qianyu-soft.example", subject=enc_header("退信：安装包", "utf-8"),
    text=txt, charset="UTF-8", cte="quoted-printable",
    original=orig_zh(n, "m.tang@qianyu-soft.example", "2087715530@qq.com", "安装包", dt(2026, 12, 1, 14, 4, 58, "+0800"),
                     "qianyu-soft.example")))
expect(n, "2087715530@qq.com", "policyviolation", False, "5.7.1", "554", vendor="qq")

# ================================================================ NetEase: 163, 126, yeah.net, 188, enterprise

n = "netease163-notice-filtered-and-frozen-gbk.eml"
d = dt(2026, 11, 21, 19, 30, 2, "+0800")
txt = """您好：

很遗憾，您于 2026年11月21日 19:29 发送的邮件《同学聚会通知》未能成功投递给以下收件人：

  xiao_yu_2008@163.com
    原因：收件人已设置拒收规则，拒绝接收您的来信。

  tianlang1987@163.com
    原因：该邮箱长期未登录，已被冻结，暂时无法接收邮件。

请勿回复本邮件。
网易邮件中心
"""
write(OUT, n, notice(n, host="163mx02.mxmail.netease.com", sw="Coremail", date=d,
    frm="=?GBK?B?" + base64.b64encode("网易邮件中心".encode("gbk")).decode() + "?= <Postmaster@163.com>",
    to="lin_zhen77@163.com", subject=enc_header("系统退信", "gbk"), text=txt, charset="GBK",
    original=orig_zh(n, "lin_zhen77@163.com", "xiao_yu_2008@163.com, tianlang1987@163.com", "同学聚会通知",
                     dt(2026, 11, 21, 19, 29, 40, "+0800"), "163.com")))
expect(n, "xiao_yu_2008@163.com", "filtered", vendor="netease")
expect(n, "tianlang1987@163.com", "suspend", vendor="netease")

n = "netease126-daily-recipient-limit-gb2312.eml"
d = dt(2026, 11, 27, 22, 8, 1, "+0800")
txt = """您好：

您发送的邮件《年终答谢会邀请函》未能投递给 zhangsan@dongsheng-auto.example 等 37 位收件人。

原因：您今天发送邮件的收件人总数已超过 126 邮箱的每日上限，发信暂时受限。
服务器返回：554 RP:TRC 今日发送的收件人数量已超过限制，请明天再试

如需群发大量邮件，建议使用企业邮箱或专业的邮件推送服务。
网易邮件中心
"""
write(OUT, n, notice(n, host="m15-112.126.com", sw="Coremail", date=d,
    frm="Postmaster@126.com", to="shijie_event@126.com", subject=enc_header("系统退信", "gb2312"), text=txt,
    charset="GB2312", original=orig_zh(n, "shijie_event@126.com", "zhangsan@dongsheng-auto.example", "年终答谢会邀请函",
                                       dt(2026, 11, 27, 22, 7, 30, "+0800"), "126.com")))
expect(n, "zhangsan@dongsheng-auto.example", "ratelimited", False, "", "554", vendor="netease")

n = "neteaseyeah-blocklisted-ip-postfix.eml"
d = dt(2026, 11, 18, 7, 44, 30, "+0100")
write(OUT, n, postfix(n, host="out1.rheinpost-shop.example", date=d, sender="versand@rheinpost-shop.example",
    rcpts=["tea_garden88@yeah.net"], osubj="Ihre Bestellung wurde versandt", odate=dt(2026, 11, 18, 7, 44, 22, "+0100"),
    tail="""<tea_garden88@yeah.net>: host yeahmx01.mxmail.netease.com[220.181.15.113] said:
    554 IP:B192.0.2.41 Your sending IP is listed on our block list and may not
    send mail to this server (in reply to MAIL FROM command)
""", recips=[{"final": "tea_garden88@yeah.net", "status": "5.7.1", "remote": "yeahmx01.mxmail.netease.com",
              "diag": "smtp; 554 IP:B192.0.2.41 Your sending IP is listed on our block list and may not send mail to this server"}]))
expect(n, "tea_garden88@yeah.net", "blocked", False, "5.7.1", "554", vendor="netease")

n = "netease188-spf-fail-exim.eml"
d = dt(2026, 11, 20, 11, 2, 33, "+0000")
write(OUT, n, exim(n, host="mail.wavecrest-tours.example", date=d, sender="booking@wavecrest-tours.example",
    to="golf.wang@188.com", osubj="Booking WT-55812 confirmed", odate=dt(2026, 11, 20, 11, 2, 30, "+0000"),
    rcpt_lines="""  golf.wang@188.com
    host 188mx00.mxmail.netease.com [220.181.12.200]
    SMTP error from remote mail server after end of data:
    550 5.7.1 SPF verification failed: 198.51.100.23 is not permitted to send
    mail for wavecrest-tours.example
"""))
expect(n, "golf.wang@188.com", "authfailure", False, "5.7.1", "550", vendor="netease")

n = "netease-qiye-toolarge-gbk.eml"
d = dt(2026, 11, 25, 17, 50, 12, "+0800")
txt = """您好，

您发送的邮件未能送达：

  收件人：design@mingzhu-arch.example
  主  题：效果图终稿（全部）
  时  间：2026-11-25 17:49

退信原因：邮件大小超过了对方服务器允许的上限，对方拒收。
对方服务器返回：552 5.3.4 Message size 87412230 exceeds fixed maximum message size 52428800

建议：请压缩附件或使用超大附件功能后重新发送。

网易企业邮箱
"""
write(OUT, n, notice(n, host="mail-m12109.qiye.163.com", sw="Coremail", date=d,
    frm="=?gbk?B?" + base64.b64encode("网易企业邮箱".encode("gbk")).decode() + "?= <postmaster@qiye.163.com>",
    to="huang.yi@kaiyuan-build.example", subject=enc_header("退信通知：效果图终稿（全部）", "gbk"), text=txt,
    charset="GBK", cte="quoted-printable",
    original=orig_zh(n, "huang.yi@kaiyuan-build.example", "design@mingzhu-arch.example", "效果图终稿（全部）",
                     dt(2026, 11, 25, 17, 49, 2, "+0800"), "kaiyuan-build.example"), returned_as="text/rfc822-headers"))
expect(n, "design@mingzhu-arch.example", "emailtoolarge", False, "5.3.4", "552", vendor="netease")

n = "netease163-mx-reputation-postfix.eml"
d = dt(2026, 11, 23, 2, 0, 17, "-0500")
write(OUT, n, postfix(n, host="bulk3.maple-deals.example", date=d, sender="bounce-7731@maple-deals.example",
    rcpts=["cheng_mei@163.com"], osubj="Black Friday starts now", odate=dt(2026, 11, 23, 1, 59, 12, "-0500"),
    tail="""<cheng_mei@163.com>: host 163mx01.mxmail.netease.com[220.181.12.12] said:
    550 Rejected: your sending IP has a poor reputation with us, based on the
    complaints and spam traps we have seen from it (in reply to RCPT TO command)
""", recips=[{"final": "cheng_mei@163.com", "status": "5.7.1", "remote": "163mx01.mxmail.netease.com",
              "diag": "smtp; 550 Rejected: your sending IP has a poor reputation with us, based on the complaints and spam traps we have seen from it"}]))
expect(n, "cheng_mei@163.com", "badreputation", False, "5.7.1", "550", vendor="netease")

# ================================================================ Sina, Sohu, Aliyun

n = "sina-notice-account-frozen-gb2312-qp.eml"
d = dt(2026, 11, 22, 9, 12, 0, "+0800")
txt = """尊敬的用户：

您发送给 fengyun_2011@sina.com 的邮件《项目周报》被退回。

退信原因：收件人账户因违规已被冻结，暂停接收邮件。
远程服务器返回：550 5.2.1 <fengyun_2011@sina.com>: account frozen

新浪邮箱
"""
write(OUT, n, notice(n, host="mail3-165.sinamail.sina.com.cn", sw="Postfix", date=d,
    frm="=?GB2312?B?" + base64.b64encode("新浪邮箱".encode("gb2312")).decode() + "?= <mailer-daemon@sina.com>",
    to="zhao.ke@sina.com", subject=enc_header("退信：项目周报", "gb2312"), text=txt, charset="GB2312",
    cte="quoted-printable",
    original=orig_zh(n, "zhao.ke@sina.com", "fengyun_2011@sina.com", "项目周报", dt(2026, 11, 22, 9, 11, 40, "+0800"), "sina.com")))
expect(n, "fengyun_2011@sina.com", "suspend", False, "5.2.1", "550", vendor="sina")

n = "sina-mx-slow-down-delayed.eml"
d = dt(2026, 11, 29, 6, 0, 4, "+0000")
write(OUT, n, postfix(n, host="mailout.harbor-ledger.example", date=d, sender="alerts@harbor-ledger.example",
    rcpts=["qiu.wen@sina.cn"], osubj="Statement available", odate=dt(2026, 11, 29, 1, 58, 2, "+0000"), delay=(4, 5),
    tail="""<qiu.wen@sina.cn>: host freemx1.sinamail.sina.com.cn[123.126.45.205] said:
    451 4.7.1 Too many messages from your IP in a short time, slow down and try
    again later (in reply to RCPT TO command)
""", recips=[{"final": "qiu.wen@sina.cn", "action": "delayed", "status": "4.7.1", "remote": "freemx1.sinamail.sina.com.cn",
              "diag": "smtp; 451 4.7.1 Too many messages from your IP in a short time, slow down and try again later",
              "will_retry": dt(2026, 12, 4, 1, 58, 2, "+0000")}]))
expect(n, "qiu.wen@sina.cn", "ratelimited", False, "4.7.1", "451", action="delayed", vendor="sina")

n = "sohu-notice-spam-gbk-b64.eml"
d = dt(2026, 11, 24, 15, 40, 8, "+0800")
txt = """您好！

您的邮件被对方服务器拒绝，未能送达：

收件人：laoli_fishing@sohu.com
原因：邮件内容被对方的反垃圾系统判定为垃圾邮件而拒收。
服务器返回：554 5.7.1 Message content rejected as spam (score 12.4)

搜狐闪电邮箱
"""
write(OUT, n, notice(n, host="mx118.vip.sohu.com", sw="Sohu-MTA", date=d,
    frm="MAILER-DAEMON@sohu.com", to="promo@jiayuan-fishing.example", subject=enc_header("邮件投递失败", "gbk"), text=txt,
    charset="GBK", original=orig_zh(n, "promo@jiayuan-fishing.example", "laoli_fishing@sohu.com", "钓具特价！最后三天",
                                   dt(2026, 11, 24, 15, 39, 51, "+0800"), "jiayuan-fishing.example")))
expect(n, "laoli_fishing@sohu.com", "spamdetected", False, "5.7.1", "554", vendor="sohu")

n = "sohu-sendmail-relay-denied.eml"
d = dt(2026, 11, 17, 13, 2, 45, "+0900")
recips = [{"final": "ops@sohu-partner.example", "status": "5.7.1", "remote": "mx.sohu.com",
           "diag": "smtp; 550 5.7.1 <ops@sohu-partner.example>... we do not relay for that domain"}]
txt = """The original message was received at Tue, 17 Nov 2026 13:02:40 +0900
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<ops@sohu-partner.example>
    (reason: 550 5.7.1 <ops@sohu-partner.example>... we do not relay for that domain)

   ----- Transcript of session follows -----
... while talking to mx.sohu.com.:
>>> RCPT To:<ops@sohu-partner.example>
<<< 550 5.7.1 <ops@sohu-partner.example>... we do not relay for that domain
550 5.7.1 <ops@sohu-partner.example>... we do not relay for that domain
"""
write(OUT, n, dsn(n, host="mail.kirin-parts.example", sw="8.17.2/8.17.2", date=d,
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.kirin-parts.example>", to="export@kirin-parts.example",
    subject="Returned mail: see transcript for details", text=txt, recips=recips,
    original=orig("export@kirin-parts.example", "ops@sohu-partner.example", "Parts list", dt(2026, 11, 17, 13, 2, 40, "+0900"),
                  "kirin-parts.example", n)))
expect(n, "ops@sohu-partner.example", "norelaying", False, "5.7.1", "550")

n = "aliyun-notice-virus-gb18030.eml"
d = dt(2026, 11, 26, 10, 33, 1, "+0800")
txt = """您好，

您的邮件未能投递。

收件人：renshi@xinyuan-hr.example
主题：简历
失败原因：邮件附件“简历.docm”中检测到病毒（W97M.Downloader），邮件已被拒收。
对方服务器返回：554 5.7.1 Virus found in attachment, message rejected

阿里邮箱
"""
write(OUT, n, notice(n, host="smtp-out-125.mail.aliyun.com", sw="AliMail", date=d,
    frm="=?GB18030?B?" + base64.b64encode("阿里邮箱".encode("gb18030")).decode() + "?= <MAILER-DAEMON@mail.aliyun.com>",
    to="zhaopin.2026@aliyun.com", subject=enc_header("退信：简历", "gb18030"), text=txt, charset="GB18030",
    original=orig_zh(n, "zhaopin.2026@aliyun.com", "renshi@xinyuan-hr.example", "简历", dt(2026, 11, 26, 10, 32, 40, "+0800"), "aliyun.com")))
expect(n, "renshi@xinyuan-hr.example", "virusdetected", False, "5.7.1", "554", vendor="aliyun")

n = "aliyun-qiye-null-mx-gbk.eml"
d = dt(2026, 11, 30, 11, 20, 5, "+0800")
txt = """您好，

您发送给 info@closed-brand.example 的邮件投递失败。

失败原因：收件人域名 closed-brand.example 已声明不接收任何邮件（空MX记录，RFC 7505）。
错误代码：556 5.1.10 Recipient domain does not accept mail

此邮件不会再次投递，请勿重试。
阿里企业邮箱
"""
write(OUT, n, notice(n, host="out30-61.mail.aliyun.com", sw="AliMail", date=d,
    frm="MAILER-DAEMON@mxhichina.com", to="market@songhe-tea.example", subject=enc_header("邮件投递失败通知", "gbk"),
    text=txt, charset="GBK",
    original=orig_zh(n, "market@songhe-tea.example", "info@closed-brand.example", "合作洽谈", dt(2026, 11, 30, 11, 20, 0, "+0800"),
                     "songhe-tea.example")))
expect(n, "info@closed-brand.example", "notaccept", True, "5.1.10", "556", vendor="aliyun")

n = "aliyun-smtp-530-auth-required.eml"
d = dt(2026, 12, 2, 9, 1, 14, "+0800")
write(OUT, n, postfix(n, host="erp.zhongjian-mould.example", date=d, sender="erp@zhongjian-mould.example",
    rcpts=["purchase@hualong-metal.example"], osubj="PO-2026-7781", odate=dt(2026, 12, 2, 9, 1, 10, "+0800"),
    tail="""<purchase@hualong-metal.example>: host smtp.qiye.aliyun.com[47.246.146.12] said:
    530 5.7.0 Authentication required, please log in before sending mail (in
    reply to MAIL FROM command)
""", recips=[{"final": "purchase@hualong-metal.example", "status": "5.7.0", "remote": "smtp.qiye.aliyun.com",
              "diag": "smtp; 530 5.7.0 Authentication required, please log in before sending mail"}]))
expect(n, "purchase@hualong-metal.example", "securityerror", False, "5.7.0", "530", vendor="aliyun")

# ================================================================ Coremail-hosted company and university servers

n = "coremail-univ-userunknown-gb2312-qp.eml"
d = dt(2026, 11, 16, 20, 15, 44, "+0800")
txt = """您好！

这是 mail.nwu-edu.example 邮件系统的自动回复。

您发送的邮件无法送达以下收件人：
    2023110452@stu.nwu-edu.example

原因：该用户在本系统中不存在。请检查收件人地址是否拼写正确（学生邮箱为“学号@stu.nwu-edu.example”）。
系统返回：550 User not found: 2023110452@stu.nwu-edu.example

如有疑问，请联系网络与信息中心。
"""
write(OUT, n, notice(n, host="mail.nwu-edu.example", sw="Coremail", date=d,
    frm="=?gb2312?B?" + base64.b64encode("系统管理员".encode("gb2312")).decode() + "?= <postmaster@nwu-edu.example>",
    to="prof.xu@nwu-edu.example", subject=enc_header("邮件投递失败", "gb2312"), text=txt, charset="GB2312",
    cte="quoted-printable",
    original=orig_zh(n, "prof.xu@nwu-edu.example", "2023110452@stu.nwu-edu.example", "课程作业要求",
                     dt(2026, 11, 16, 20, 15, 30, "+0800"), "nwu-edu.example"), extra=[("X-Mailer", "Coremail Webmail Server")]))
expect(n, "2023110452@stu.nwu-edu.example", "userunknown", True, "", "550", vendor="coremail")

n = "coremail-company-storage-delayed-gbk.eml"
d = dt(2026, 11, 27, 8, 30, 0, "+0800")
txt = """您好，

您发送的邮件《季度审计资料》暂时未能投递给 audit@jinqiao-group.example。

原因：对方邮件服务器磁盘存储空间不足，暂时无法接收任何邮件。
对方服务器返回：452 4.3.1 Insufficient system storage, please retry later

系统将继续尝试发送，您无需重新发送此邮件。若 72 小时内仍无法投递，您将收到退信。

-- 邮件系统 mail.huaxin-cpa.example
"""
write(OUT, n, notice(n, host="mail.huaxin-cpa.example", sw="Coremail", date=d,
    frm="postmaster@huaxin-cpa.example", to="li.ming@huaxin-cpa.example", subject=enc_header("延迟投递通知：季度审计资料", "gbk"),
    text=txt, charset="GBK",
    original=orig_zh(n, "li.ming@huaxin-cpa.example", "audit@jinqiao-group.example", "季度审计资料", dt(2026, 11, 27, 2, 29, 50, "+0800"),
                     "huaxin-cpa.example"), returned_as="text/rfc822-headers"))
expect(n, "audit@jinqiao-group.example", "systemfull", False, "4.3.1", "452", action="delayed", vendor="coremail")

n = "coremail-routing-loop-gb2312.eml"
d = dt(2026, 11, 19, 12, 0, 51, "+0800")
txt = """您好！

您发送的邮件未能送达：

  收件人：service@xingda-motor.example
  原因：邮件在服务器之间循环转发，经过的服务器数量超过上限，已被系统退回。
        请通知收件方管理员检查其邮件转发设置。
  返回信息：554 5.4.6 Too many hops (mail loop detected)

邮件系统
"""
write(OUT, n, notice(n, host="mx.xingda-motor.example", sw="Coremail", date=d,
    frm="postmaster@xingda-motor.example", to="customer.lin@lanting-ad.example", subject=enc_header("退信", "gb2312"),
    text=txt, charset="GB2312",
    original=orig_zh(n, "customer.lin@lanting-ad.example", "service@xingda-motor.example", "售后咨询", dt(2026, 11, 19, 11, 59, 2, "+0800"),
                     "lanting-ad.example")))
expect(n, "service@xingda-motor.example", "networkerror", False, "5.4.6", "554", vendor="coremail")

n = "coremail-duplicate-from-rfc5322-gbk.eml"
d = dt(2026, 12, 1, 10, 2, 9, "+0800")
txt = """您好，

您发送的邮件被对方服务器拒绝：

  收件人：bangong@haixia-port.example
  原因：邮件头不符合 RFC 5322 规范（重复的 From 头），被对方拒收。
  返回信息：550 5.7.1 Message is not RFC 5322 compliant: duplicate header field "From"

邮件系统
"""
write(OUT, n, notice(n, host="mail.dongfang-cable.example", sw="Coremail", date=d,
    frm="postmaster@dongfang-cable.example", to="crm@dongfang-cable.example", subject=enc_header("系统退信", "gbk"),
    text=txt, charset="GBK",
    original=orig_zh(n, "crm@dongfang-cable.example", "bangong@haixia-port.example", "会议纪要", dt(2026, 12, 1, 10, 1, 55, "+0800"),
                     "dongfang-cable.example")))
expect(n, "bangong@haixia-port.example", "notcompliantrfc", False, "5.7.1", "550", vendor="coremail")

n = "coremail-mime-broken-gb18030.eml"
d = dt(2026, 11, 20, 16, 45, 30, "+0800")
txt = """您好，

您的邮件未能投递给 xiaoshou@ruifeng-valve.example。

原因：邮件的 MIME 结构已损坏（分段边界缺失），对方服务器无法解析邮件内容，拒绝接收。
返回信息：554 5.6.0 Malformed MIME structure: closing boundary missing

邮件系统
"""
write(OUT, n, notice(n, host="mail.tongda-valve.example", sw="Coremail", date=d,
    frm="postmaster@tongda-valve.example", to="oa-system@tongda-valve.example", subject=enc_header("邮件发送失败", "gb18030"),
    text=txt, charset="GB18030",
    original=orig_zh(n, "oa-system@tongda-valve.example", "xiaoshou@ruifeng-valve.example", "[OA] 报价审批单",
                     dt(2026, 11, 20, 16, 45, 20, "+0800"), "tongda-valve.example")))
expect(n, "xiaoshou@ruifeng-valve.example", "contenterror", False, "5.6.0", "554", vendor="coremail")

n = "coremail-employee-moved-gbk.eml"
d = dt(2026, 11, 23, 9, 0, 3, "+0800")
txt = """您好，

您发送给 wang.tao@zhongke-instr.example 的邮件未能投递。

原因：该员工邮箱已迁移至新地址 wang.tao@zk-instruments.example，本地址不再接收邮件，也不提供转发。
      请改用新地址重新发送。
返回信息：551 5.1.6 User has moved; please try <wang.tao@zk-instruments.example>

邮件系统
"""
write(OUT, n, notice(n, host="mail.zhongke-instr.example", sw="Coremail", date=d,
    frm="postmaster@zhongke-instr.example", to="zhang.li@beichen-lab.example", subject=enc_header("退信：设备校准报告", "gbk"),
    text=txt, charset="GBK",
    original=orig_zh(n, "zhang.li@beichen-lab.example", "wang.tao@zhongke-instr.example", "设备校准报告",
                     dt(2026, 11, 23, 8, 59, 41, "+0800"), "beichen-lab.example")))
expect(n, "wang.tao@zhongke-instr.example", "hasmoved", True, "5.1.6", "551", vendor="coremail")

n = "coremail-ptr-missing-exim.eml"
d = dt(2026, 11, 18, 4, 2, 17, "+0000")
write(OUT, n, exim(n, host="smtp.arcadia-hosting.example", date=d, sender="noreply@arcadia-hosting.example",
    to="it@sanhe-chem.example", osubj="Your VPS invoice", odate=dt(2026, 11, 18, 4, 2, 10, "+0000"),
    rcpt_lines="""  it@sanhe-chem.example
    host mx.sanhe-chem.example [203.0.113.88]
    SMTP error from remote mail server after initial connection:
    554 5.7.1 mx.sanhe-chem.example: client 198.51.100.77 has no reverse DNS
    (PTR) record, connection refused. Coremail
"""))
expect(n, "it@sanhe-chem.example", "requireptr", False, "5.7.1", "554", vendor="coremail")

n = "coremail-procmail-failed-postfix.eml"
d = dt(2026, 11, 25, 23, 10, 2, "+0800")
write(OUT, n, postfix(n, host="mail.cs.lingnan-univ.example", date=d, sender="tutor@lingnan-univ.example",
    rcpts=["hpc-list@cs.lingnan-univ.example"], osubj="GPU cluster downtime", odate=dt(2026, 11, 25, 23, 9, 55, "+0800"),
    tail="""<hpc-list@cs.lingnan-univ.example>: Command died with status 1:
    "/usr/local/bin/mlmmj-receive". Command output: mlmmj-receive: could not
    open list directory /var/spool/mlmmj/hpc-list: Permission denied
""", recips=[{"final": "hpc-list@cs.lingnan-univ.example", "status": "5.3.0",
              "diag": "x-unix; mlmmj-receive: could not open list directory /var/spool/mlmmj/hpc-list: Permission denied"}]))
expect(n, "hpc-list@cs.lingnan-univ.example", "mailererror", False, "5.3.0", vendor="")

n = "coremail-bad-sequence-exim.eml"
d = dt(2026, 11, 21, 14, 30, 0, "+0000")
write(OUT, n, exim(n, host="mx-out.fjordline-travel.example", date=d, sender="tickets@fjordline-travel.example",
    to="office@hengxin-visa.example", osubj="E-ticket NF-88172", odate=dt(2026, 11, 21, 14, 29, 55, "+0000"),
    rcpt_lines="""  office@hengxin-visa.example
    host mx.hengxin-visa.example [203.0.113.140]
    SMTP error from remote mail server after pipelined RCPT TO:<office@hengxin-visa.example>:
    503 Error: bad sequence of commands, need MAIL command first
"""))
expect(n, "office@hengxin-visa.example", "syntaxerror", False, "", "503", vendor="coremail")

# ================================================================ 21cn, 139.com, 189.cn, Tom

n = "21cn-internal-error-gbk.eml"
d = dt(2026, 11, 22, 18, 5, 40, "+0800")
txt = """尊敬的21CN邮箱用户：

您发送的邮件《报名表》没有投递成功。

收件人：tiyu.bao@21cn.com
原因：收件方服务器内部错误，无法处理这封邮件。
服务器返回：554 5.3.0 Internal server error while storing message, transaction failed

21CN邮箱
"""
write(OUT, n, notice(n, host="mta-out.21cn.com", sw="21cn-mta", date=d,
    frm="=?GBK?B?" + base64.b64encode("系统退信".encode("gbk")).decode() + "?= <postmaster@21cn.com>",
    to="guo.jun@21cn.com", subject=enc_header("退信：报名表", "gbk"), text=txt, charset="GBK",
    original=orig_zh(n, "guo.jun@21cn.com", "tiyu.bao@21cn.com", "报名表", dt(2026, 11, 22, 18, 5, 30, "+0800"), "21cn.com")))
expect(n, "tiyu.bao@21cn.com", "systemerror", False, "5.3.0", "554", vendor="21cn")

n = "cmcc139-two-rcpts-gb2312.eml"
d = dt(2026, 11, 28, 12, 40, 2, "+0800")
txt = """您好，您于2026-11-28 12:39发送的邮件部分收件人投递失败：

收件人：13800571234@139.com
失败原因：邮件大小超过收件人邮箱允许接收的上限（50M），投递失败。

收件人：13955012345@139.com
失败原因：您的邮件附件中包含系统禁止发送的文件类型（.bat），违反139邮箱安全策略，已被拦截。

【中国移动139邮箱】
"""
write(OUT, n, notice(n, host="mx-out.mail.139.com", sw="RichMail", date=d,
    frm="=?GB2312?B?" + base64.b64encode("139邮箱".encode("gb2312")).decode() + "?= <postmaster@139.com>",
    to="13512349876@139.com", subject=enc_header("邮件投递失败通知", "gb2312"), text=txt, charset="GB2312",
    original=orig_zh(n, "13512349876@139.com", "13800571234@139.com, 13955012345@139.com", "家庭相册和工具",
                     dt(2026, 11, 28, 12, 39, 20, "+0800"), "139.com")))
expect(n, "13800571234@139.com", "emailtoolarge", vendor="139")
expect(n, "13955012345@139.com", "policyviolation", vendor="139")

n = "ct189-relay-refused-gb18030.eml"
d = dt(2026, 11, 29, 10, 11, 12, "+0800")
txt = """您好，

您的邮件未能投递：

收件人：admin@luyuan-media.example
原因：对方服务器不允许转发该邮件（您发信使用的服务器不在对方允许的中继范围内）。
服务器返回：553 5.7.1 Relay access denied: luyuan-media.example is not a local domain

189邮箱
"""
write(OUT, n, notice(n, host="mta-189.21cn.com", sw="189-mta", date=d,
    frm="postmaster@189.cn", to="18900231234@189.cn", subject=enc_header("退信通知", "gb18030"), text=txt, charset="GB18030",
    original=orig_zh(n, "18900231234@189.cn", "admin@luyuan-media.example", "投稿", dt(2026, 11, 29, 10, 11, 2, "+0800"), "189.cn")))
expect(n, "admin@luyuan-media.example", "norelaying", False, "5.7.1", "553", vendor="189")

n = "tom-virus-and-blocked-gbk.eml"
d = dt(2026, 11, 24, 21, 2, 33, "+0800")
txt = """亲爱的TOM邮箱用户：

您发送的邮件《照片》未能投递给以下收件人：

  ◎ mali_2000@tom.com
     原因：邮件中检测到病毒（Trojan.Win32.Agent），已被拒收。

  ◎ ke.lin@nanfeng-print.example
     原因：对方服务器拒绝了来自本站发信IP的连接：554 5.7.1 Service unavailable; Client host [192.0.2.210] blocked using bl.spamcop.net

TOM邮箱
"""
write(OUT, n, notice(n, host="smtp-out.tom.com", sw="tom-mta", date=d,
    frm="postmaster@tom.com", to="xiaoqi_88@tom.com", subject=enc_header("系统退信：照片", "gbk"), text=txt, charset="GBK",
    cte="quoted-printable",
    original=orig_zh(n, "xiaoqi_88@tom.com", "mali_2000@tom.com, ke.lin@nanfeng-print.example", "照片",
                     dt(2026, 11, 24, 21, 2, 10, "+0800"), "tom.com")))
expect(n, "mali_2000@tom.com", "virusdetected", vendor="tom")
expect(n, "ke.lin@nanfeng-print.example", "blocked", False, "5.7.1", "554", vendor="tom")

# ================================================================ Taiwan: HiNet, Seednet, Yahoo TW-style

n = "hinet-mailboxfull-big5.eml"
d = dt(2026, 11, 20, 9, 30, 12, "+0800")
txt = """您好：

您寄給 ab12345@ms35.hinet.net 的信件無法送達。

原因：收件者的信箱已滿，無法再接收新的信件。
遠端伺服器回應：552 5.2.2 Mailbox full: ab12345@ms35.hinet.net

HiNet 郵件系統
"""
write(OUT, n, notice(n, host="msr.hinet.net", sw="HiNet-MTA", date=d,
    frm="=?Big5?B?" + base64.b64encode("郵件系統".encode("big5")).decode() + "?= <MAILER-DAEMON@msr.hinet.net>",
    to="lin.sy@ms21.hinet.net", subject=enc_header("退信通知", "big5"), text=txt, charset="Big5",
    original=orig("lin.sy@ms21.hinet.net", "ab12345@ms35.hinet.net", "同學會照片", dt(2026, 11, 20, 9, 30, 0, "+0800"),
                  "ms21.hinet.net", n, "大家好：\n\n照片整理好了，請看附件。\n", "big5")))
expect(n, "ab12345@ms35.hinet.net", "mailboxfull", False, "5.2.2", "552", vendor="hinet")

n = "seednet-account-changed-big5-qp.eml"
d = dt(2026, 11, 26, 14, 0, 0, "+0800")
txt = """親愛的用戶您好：

您寄出的信件無法投遞給 chou.mei@tpts5.seed.net.tw。

原因：此帳號已搬遷，新的電子郵件地址為 chou.mei@new-studio.example，
      本系統不再代為轉寄，請改寄至新地址。

Seednet 郵件中心
"""
write(OUT, n, notice(n, host="tpts5.seed.net.tw", sw="Sendmail", date=d,
    frm="postmaster@seed.net.tw", to="huang.kc@taichung-ceramics.example", subject=enc_header("無法投遞的郵件", "big5"),
    text=txt, charset="Big5", cte="quoted-printable",
    original=orig("huang.kc@taichung-ceramics.example", "chou.mei@tpts5.seed.net.tw", "樣品寄送", dt(2026, 11, 26, 13, 59, 40, "+0800"),
                  "taichung-ceramics.example", n, "周小姐您好：\n\n樣品已寄出。\n", "big5")))
expect(n, "chou.mei@tpts5.seed.net.tw", "hasmoved", True, vendor="seednet")

n = "hinet-toolarge-big5.eml"
d = dt(2026, 12, 2, 16, 12, 3, "+0800")
txt = """您好：

您的信件因為大小超過限制而無法寄出。

收件者：studio.wu@msa.hinet.net
原因：信件大小（32 MB）超過對方伺服器所允許的最大信件大小（20 MB）。
伺服器回應：552 5.3.4 Message size exceeds fixed maximum message size

請縮小附件後再寄一次。
HiNet 郵件系統
"""
write(OUT, n, notice(n, host="msr.hinet.net", sw="HiNet-MTA", date=d,
    frm="MAILER-DAEMON@msr.hinet.net", to="design.chen@ms12.hinet.net", subject=enc_header("退信通知：信件過大", "big5"),
    text=txt, charset="Big5",
    original=orig("design.chen@ms12.hinet.net", "studio.wu@msa.hinet.net", "設計稿", dt(2026, 12, 2, 16, 11, 40, "+0800"),
                  "ms12.hinet.net", n, "吳先生：\n\n設計稿如附件。\n", "big5")))
expect(n, "studio.wu@msa.hinet.net", "emailtoolarge", False, "5.3.4", "552", vendor="hinet")

# ================================================================ Korea: Naver, Daum, Kakao

n = "naver-notice-no-such-id-euckr.eml"
d = dt(2026, 11, 19, 10, 4, 0, "+0900")
txt = """메일 발송 실패 안내

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

받는 사람: hyunwoo.k@naver.com
실패 사유: 존재하지 않는 아이디입니다. 받는 사람의 주소를 다시 확인해 주세요.
서버 응답: 550 5.1.1 No such user - hyunwoo.k

보낸 날짜: 2026.11.19 10:03
메일 제목: 견적 요청드립니다

네이버 메일
"""
write(OUT, n, notice(n, host="mailout.naver.com", sw="Naver-MTA", date=d,
    frm="=?EUC-KR?B?" + base64.b64encode("네이버 메일".encode("euc-kr")).decode() + "?= <MAILER-DAEMON@naver.com>",
    to="songmi_park@naver.com", subject=enc_header("메일 발송 실패 안내", "euc-kr"), text=txt, charset="EUC-KR",
    original=orig("songmi_park@naver.com", "hyunwoo.k@naver.com", "견적 요청드립니다", dt(2026, 11, 19, 10, 3, 40, "+0900"),
                  "naver.com", n, "안녕하세요.\n\n견적 요청드립니다.\n", "euc-kr")))
expect(n, "hyunwoo.k@naver.com", "userunknown", True, "5.1.1", "550", vendor="naver")

n = "naver-dormant-and-toomany-utf8.eml"
d = dt(2026, 11, 25, 18, 20, 0, "+0900")
txt = """메일 발송 실패 안내

보내신 메일 「송년회 안내」이(가) 일부 수신자에게 전달되지 못했습니다.

1) jinsu.lee@naver.com
   실패 사유: 받는 사람의 계정이 휴면 상태로 전환되어 메일을 받을 수 없습니다.
   서버 응답: 550 5.2.1 Account is dormant

2) minji_0413@hanmail.net
   실패 사유: 상대 서버가 짧은 시간에 너무 많은 메일이 수신되어 일시적으로 수신을 제한했습니다.
   서버 응답: 421 4.7.0 Too many connections from your host, try later
   (재시도 횟수를 모두 소진하여 발송을 중단했습니다.)

네이버 메일
"""
write(OUT, n, notice(n, host="mailout.naver.com", sw="Naver-MTA", date=d,
    frm="MAILER-DAEMON@naver.com", to="club.admin@naver.com", subject=enc_header("메일 발송 실패 안내", "utf-8"), text=txt,
    charset="UTF-8",
    original=orig("club.admin@naver.com", "jinsu.lee@naver.com, minji_0413@hanmail.net", "송년회 안내", dt(2026, 11, 25, 18, 10, 0, "+0900"),
                  "naver.com", n, "회원 여러분,\n\n송년회 일정 안내드립니다.\n")))
expect(n, "jinsu.lee@naver.com", "suspend", False, "5.2.1", "550", vendor="naver")
expect(n, "minji_0413@hanmail.net", "ratelimited", False, "4.7.0", "421", vendor="daum")

n = "daum-spam-rejected-euckr-qp.eml"
d = dt(2026, 11, 23, 7, 15, 0, "+0900")
recips = [{"final": "yoonah.choi@daum.net", "status": "5.7.1", "remote": "mx1.hanmail.net",
           "diag": "smtp; 554 5.7.1 Spam message rejected (DAUM-SPAM-0212)"}]
txt = """이 메일은 메일 시스템에서 자동으로 발송되었습니다.

보내신 메일이 수신 서버에서 거부되었습니다.

  받는 사람 : yoonah.choi@daum.net
  사유      : 수신 서버가 메일 내용을 스팸으로 판단하여 수신을 거부했습니다.
  서버 응답 : 554 5.7.1 Spam message rejected (DAUM-SPAM-0212)
"""
write(OUT, n, dsn(n, host="mail.hanul-shop.example", sw="Postfix", date=d,
    frm="MAILER-DAEMON@mail.hanul-shop.example", to="event@hanul-shop.example",
    subject=enc_header("메일 전송 실패", "euc-kr"), text=txt, charset="EUC-KR", cte="quoted-printable", recips=recips,
    original=orig("event@hanul-shop.example", "yoonah.choi@daum.net", "[광고] 오늘만 90% 할인", dt(2026, 11, 23, 7, 14, 50, "+0900"),
                  "hanul-shop.example", n, "특가 행사 안내\n", "euc-kr")))
expect(n, "yoonah.choi@daum.net", "spamdetected", False, "5.7.1", "554", vendor="daum")

n = "kakao-recipient-blocked-sender-utf8.eml"
d = dt(2026, 11, 27, 13, 0, 9, "+0900")
txt = """메일 발송 실패 안내

받는 사람: sora.han@kakao.com
실패 사유: 받는 사람이 보낸 사람의 주소를 수신 차단 목록에 등록하여 메일이 거부되었습니다.
서버 응답: 550 5.7.1 Message refused by recipient's block setting

카카오메일
"""
write(OUT, n, notice(n, host="mx-out.kakao.com", sw="Kakao-MTA", date=d,
    frm="=?UTF-8?B?" + base64.b64encode("카카오메일".encode()).decode() + "?= <mailer-daemon@kakao.com>",
    to="daehyun.o@kakao.com", subject=enc_header("메일 발송 실패 안내", "utf-8"), text=txt, charset="UTF-8",
    original=orig("daehyun.o@kakao.com", "sora.han@kakao.com", "잠깐 얘기 좀 해", dt(2026, 11, 27, 12, 59, 50, "+0900"), "kakao.com", n,
                  "소라야,\n\n답장 좀 해줘.\n")))
expect(n, "sora.han@kakao.com", "filtered", False, "5.7.1", "550", vendor="kakao")

n = "naver-header-malformed-euckr.eml"
d = dt(2026, 11, 30, 9, 44, 21, "+0900")
recips = [{"final": "taeyang.k@naver.com", "status": "5.6.0", "remote": "mx2.naver.com",
           "diag": "smtp; 550 5.6.0 Invalid message header: Content-Type line cannot be parsed"}]
txt = """메일을 전달하지 못했습니다.

받는 사람: taeyang.k@naver.com
사유: 메일 헤더의 형식이 올바르지 않아 수신 서버가 메일을 처리할 수 없습니다.
서버 응답: 550 5.6.0 Invalid message header: Content-Type line cannot be parsed
"""
write(OUT, n, dsn(n, host="smtp.daehan-erp.example", sw="Postfix", date=d,
    frm="MAILER-DAEMON@smtp.daehan-erp.example", to="noreply@daehan-erp.example",
    subject=enc_header("메일 전송 실패 안내", "euc-kr"), text=txt, charset="EUC-KR", recips=recips,
    original=orig("noreply@daehan-erp.example", "taeyang.k@naver.com", "급여명세서 11월", dt(2026, 11, 30, 9, 44, 10, "+0900"),
                  "daehan-erp.example", n, "급여명세서를 첨부합니다.\n", "euc-kr")))
expect(n, "taeyang.k@naver.com", "contenterror", False, "5.6.0", "550", vendor="naver")

n = "naver-ip-reputation-postfix.eml"
d = dt(2026, 12, 1, 3, 30, 0, "+0000")
write(OUT, n, postfix(n, host="smtp12.lumen-mailer.example", date=d, sender="bounce@lumen-mailer.example",
    rcpts=["jiho.yun@naver.com"], osubj="Your December picks", odate=dt(2026, 12, 1, 3, 29, 51, "+0000"),
    tail="""<jiho.yun@naver.com>: host mx1.naver.com[125.209.238.100] said: 554 5.7.1
    Rejected due to low sending-IP reputation score (198.51.100.140); see
    https://mail.naver.com/ for sender guidelines (in reply to RCPT TO command)
""", recips=[{"final": "jiho.yun@naver.com", "status": "5.7.1", "remote": "mx1.naver.com",
              "diag": "smtp; 554 5.7.1 Rejected due to low sending-IP reputation score (198.51.100.140)"}]))
expect(n, "jiho.yun@naver.com", "badreputation", False, "5.7.1", "554", vendor="naver")

# ================================================================ Japan: carriers and ISPs

n = "docomo-reject-setting-iso2022.eml"
d = dt(2026, 11, 18, 19, 2, 10, "+0900")
recips = [{"final": "sakura.m-0322@docomo.ne.jp", "status": "5.2.0", "remote": "mfsmax.docomo.ne.jp",
           "diag": "smtp; 550 5.2.0 Message refused: the recipient has set mail from this sender domain to be rejected"}]
txt = """このメールは自動送信されています。

以下の宛先へのメールは配信できませんでした。

  宛先: sakura.m-0322@docomo.ne.jp
  理由: 受信者が迷惑メール対策として、送信元ドメインからのメールを受信拒否に設定しています。
  応答: 550 5.2.0 Message refused: the recipient has set mail from this sender domain to be rejected
"""
write(OUT, n, dsn(n, host="mail.kumo-travel.example", sw="Postfix", date=d,
    frm="MAILER-DAEMON@mail.kumo-travel.example (Mail Delivery System)", to="info@kumo-travel.example",
    subject=enc_header("配信エラーのお知らせ", "iso-2022-jp"), text=txt, charset="ISO-2022-JP", recips=recips,
    original=orig("info@kumo-travel.example", "sakura.m-0322@docomo.ne.jp", "ご予約確認", dt(2026, 11, 18, 19, 2, 0, "+0900"),
                  "kumo-travel.example", n, "ご予約ありがとうございます。\n", "iso-2022-jp")))
expect(n, "sakura.m-0322@docomo.ne.jp", "filtered", False, "5.2.0", "550", vendor="docomo")

n = "au-kddi-blocked-ip-sjis.eml"
d = dt(2026, 11, 21, 8, 10, 0, "+0900")
txt = """【配信不能のお知らせ】

お客様が送信されたメールは、以下の宛先に配信できませんでした。

宛先アドレス: k.nishida.71@au.com
原因: 送信元サーバのIPアドレス（192.0.2.95）が受信側サーバでブロックされています。
サーバからの応答: 554 5.7.1 Connection refused: sending IP 192.0.2.95 is on our block list

ご不明な点はシステム管理者にお問い合わせください。
"""
write(OUT, n, notice(n, host="smtp.hoshino-clinic.example", sw="sendmail", date=d,
    frm="=?SHIFT_JIS?B?" + base64.b64encode("メール配信システム".encode("shift_jis")).decode() + "?= <postmaster@hoshino-clinic.example>",
    to="uketsuke@hoshino-clinic.example", subject=enc_header("配信不能のお知らせ", "shift_jis"), text=txt,
    charset="Shift_JIS",
    original=orig("uketsuke@hoshino-clinic.example", "k.nishida.71@au.com", "予約のリマインド", dt(2026, 11, 21, 8, 9, 50, "+0900"),
                  "hoshino-clinic.example", n, "明日のご予約のお知らせです。\n", "shift_jis")))
expect(n, "k.nishida.71@au.com", "blocked", False, "5.7.1", "554", vendor="au")

n = "softbank-size-limit-iso2022.eml"
d = dt(2026, 11, 24, 12, 0, 3, "+0900")
recips = [{"final": "hiro-t.55@i.softbank.jp", "status": "5.3.4", "remote": "mx.i.softbank.jp",
           "diag": "smtp; 552 5.3.4 Message size exceeds the limit of this recipient"}]
txt = """メール配信エラー

以下のアドレスへのメールは、メールサイズが受信側の制限を超えているため配信できませんでした。

  hiro-t.55@i.softbank.jp
  552 5.3.4 Message size exceeds the limit of this recipient

添付ファイルを小さくしてから再送してください。
"""
write(OUT, n, dsn(n, host="mta.wakaba-photo.example", sw="Postfix", date=d,
    frm="MAILER-DAEMON@mta.wakaba-photo.example", to="photo@wakaba-photo.example",
    subject=enc_header("メール配信エラー", "iso-2022-jp"), text=txt, charset="ISO-2022-JP", recips=recips,
    original=orig("photo@wakaba-photo.example", "hiro-t.55@i.softbank.jp", "撮影データ", dt(2026, 11, 24, 11, 59, 40, "+0900"),
                  "wakaba-photo.example", n, "撮影データをお送りします。\n", "iso-2022-jp")))
expect(n, "hiro-t.55@i.softbank.jp", "emailtoolarge", False, "5.3.4", "552", vendor="softbank")

n = "ocn-suspended-account-iso2022.eml"
d = dt(2026, 11, 26, 15, 31, 0, "+0900")
txt = """OCNメールシステムからのお知らせです。

お送りいただいたメールは、次の宛先に配信できませんでした。

  宛先: yamamoto-k@abeam.ocn.ne.jp
  理由: このメールアドレスは現在ご利用停止中のため、メールを受け付けておりません。
  (550 5.2.1 Mailbox disabled)

--
OCN
"""
write(OUT, n, notice(n, host="mf-smf-ucb012.ocn.ad.jp", sw="OCN-MTA", date=d,
    frm="MAILER-DAEMON@ocn.ne.jp", to="s.ito@kinoshita-kogyo.example", subject=enc_header("配信できなかったメール", "iso-2022-jp"),
    text=txt, charset="ISO-2022-JP",
    original=orig("s.ito@kinoshita-kogyo.example", "yamamoto-k@abeam.ocn.ne.jp", "お見積書の件", dt(2026, 11, 26, 15, 30, 40, "+0900"),
                  "kinoshita-kogyo.example", n, "山本様\n\nお見積書を添付いたします。\n", "iso-2022-jp")))
expect(n, "yamamoto-k@abeam.ocn.ne.jp", "suspend", False, "5.2.1", "550", vendor="ocn")

n = "nifty-virus-found-iso2022.eml"
d = dt(2026, 11, 20, 22, 15, 0, "+0900")
txt = """@niftyメールからのお知らせ

お客様が送信されたメールからウイルスが検出されたため、配信を中止しました。

  宛先: tsukasa_o@nifty.com
  検出されたウイルス: Trojan.Emotet.X97M
  応答: 554 5.7.1 Virus detected, message rejected

ウイルス対策ソフトでパソコンを確認してください。
"""
write(OUT, n, notice(n, host="mta-snd-e05.mail.nifty.com", sw="nifty", date=d,
    frm="=?ISO-2022-JP?B?" + base64.b64encode("@niftyメール".encode("iso-2022-jp")).decode() + "?= <postmaster@nifty.com>",
    to="keiko.f@nifty.com", subject=enc_header("ウイルス検出のお知らせ（配信中止）", "iso-2022-jp"), text=txt,
    charset="ISO-2022-JP",
    original=orig("keiko.f@nifty.com", "tsukasa_o@nifty.com", "請求書", dt(2026, 11, 20, 22, 14, 40, "+0900"), "nifty.com", n,
                  "請求書を添付します。\n", "iso-2022-jp")))
expect(n, "tsukasa_o@nifty.com", "virusdetected", False, "5.7.1", "554", vendor="nifty")

n = "biglobe-gaveup-5days-iso2022.eml"
d = dt(2026, 11, 29, 3, 0, 0, "+0900")
txt = """BIGLOBEメールシステムです。

お客様が 2026年11月24日 02:55 に送信されたメールは、5日間にわたり再送を試みましたが、
相手先のメールサーバに接続できなかったため、配信をあきらめました。

  宛先: office@minato-shoten.example

メールは返送されました。
"""
write(OUT, n, notice(n, host="mail-out.biglobe.ne.jp", sw="BIGLOBE", date=d,
    frm="MAILER-DAEMON@biglobe.ne.jp", to="h-kato@mbe.biglobe.ne.jp", subject=enc_header("配信不能メールのお知らせ", "iso-2022-jp"),
    text=txt, charset="ISO-2022-JP",
    original=orig("h-kato@mbe.biglobe.ne.jp", "office@minato-shoten.example", "注文書", dt(2026, 11, 24, 2, 55, 0, "+0900"),
                  "biglobe.ne.jp", n, "注文書をお送りします。\n", "iso-2022-jp")))
expect(n, "office@minato-shoten.example", "expired", vendor="biglobe")

n = "rakuten-temporary-system-error-utf8.eml"
d = dt(2026, 11, 22, 11, 5, 0, "+0900")
recips = [{"final": "order-desk@rakuten-store-sample.example", "action": "delayed", "status": "4.3.0", "remote": "mx.rakuten-store-sample.example",
           "diag": "smtp; 451 4.3.0 Temporary system error, please try again later",
           "will_retry": dt(2026, 11, 25, 10, 0, 0, "+0900")}]
txt = """【配信遅延のお知らせ】

以下の宛先へのメール配信が遅れています。受信側のサーバで一時的なシステムエラーが発生しているためです。
引き続き配信を試みますので、再送の必要はありません。

  宛先: order-desk@rakuten-store-sample.example
  応答: 451 4.3.0 Temporary system error, please try again later
"""
write(OUT, n, dsn(n, host="mailsv.rakuten.co.jp", sw="Postfix", date=d,
    frm="MAILER-DAEMON@rakuten.co.jp", to="buyer_tn@rakuten.jp", subject=enc_header("配信遅延のお知らせ", "utf-8"),
    text=txt, charset="UTF-8", cte="quoted-printable", recips=recips,
    original=orig("buyer_tn@rakuten.jp", "order-desk@rakuten-store-sample.example", "注文について", dt(2026, 11, 22, 10, 0, 0, "+0900"),
                  "rakuten.jp", n, "注文番号 4471 について問い合わせです。\n")))
expect(n, "order-desk@rakuten-store-sample.example", "systemerror", False, "4.3.0", "451", action="delayed", vendor="rakuten")

n = "jp-postfix-no-ptr-sjis-qp.eml"
d = dt(2026, 11, 28, 9, 20, 0, "+0900")
txt = """メール配信エラーのお知らせ

送信されたメールは宛先サーバに受け付けられませんでした。

  宛先: support@kanda-net.example
  原因: 送信元IPアドレス 198.51.100.61 の逆引き（PTRレコード）ができないため、受信を拒否されました。
  応答: 550 5.7.25 Client IP address has no PTR record

送信サーバのDNS設定を確認してください。
"""
write(OUT, n, notice(n, host="smtp.yuki-design.example", sw="Postfix", date=d,
    frm="MAILER-DAEMON@yuki-design.example", to="yuki@yuki-design.example", subject=enc_header("メール配信エラー", "shift_jis"),
    text=txt, charset="Shift_JIS", cte="quoted-printable",
    original=orig("yuki@yuki-design.example", "support@kanda-net.example", "ロゴ修正版", dt(2026, 11, 28, 9, 19, 50, "+0900"),
                  "yuki-design.example", n, "修正版をお送りします。\n", "shift_jis")))
expect(n, "support@kanda-net.example", "requireptr", False, "5.7.25", "550")

n = "au-sender-domain-invalid-iso2022.eml"
d = dt(2026, 11, 30, 20, 10, 0, "+0900")
recips = [{"final": "mika-0808@ezweb.ne.jp", "status": "5.1.8", "remote": "lsean.ezweb.ne.jp",
           "diag": "smtp; 553 5.1.8 <news@hanabi-fes.example>: Sender address rejected: Domain not found"}]
txt = """メールを配信できませんでした。

送信者アドレス news@hanabi-fes.example のドメインがDNSに存在しないため、受信側サーバが送信者アドレスを拒否しました。

  宛先: mika-0808@ezweb.ne.jp
  応答: 553 5.1.8 <news@hanabi-fes.example>: Sender address rejected: Domain not found
"""
write(OUT, n, dsn(n, host="relay.hanabi-fes.example", sw="Postfix", date=d,
    frm="MAILER-DAEMON@relay.hanabi-fes.example", to="news@hanabi-fes.example",
    subject=enc_header("配信エラー", "iso-2022-jp"), text=txt, charset="ISO-2022-JP", recips=recips,
    original=orig("news@hanabi-fes.example", "mika-0808@ezweb.ne.jp", "花火大会のお知らせ", dt(2026, 11, 30, 20, 9, 50, "+0900"),
                  "hanabi-fes.example", n, "今年の花火大会のご案内です。\n", "iso-2022-jp")))
expect(n, "mika-0808@ezweb.ne.jp", "rejected", False, "5.1.8", "553", vendor="au")

# ================================================================ Western MTAs, Chinese recipients (English)

n = "o365-ndr-dns-domain-missing-cn.eml"
d = dt(2026, 11, 17, 2, 40, 11, "+0000")
txt = """Your message to li.jun@hengtai-tradng.example couldn't be delivered.

hengtai-tradng.example couldn't be found.

li.jun             Office 365             hengtai-tradng.example
Action Required                           Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
 - Retype the recipient's address, then resend the message.

More Info for Email Admins
Status code: 550 5.4.310

The domain name in the email address is incorrect or the domain doesn't
exist in DNS.
"""
recips = [{"final": "li.jun@hengtai-tradng.example", "status": "5.4.310", "remote": "AM9PR02MB7700.eurprd02.prod.outlook.com",
           "diag": "smtp; 550 5.4.310 DNS domain hengtai-tradng.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=hengtai-tradng.example] [AM9PR02MB7700.eurprd02.prod.outlook.com]"}]
write(OUT, n, dsn(n, host="AM9PR02MB7700.eurprd02.prod.outlook.com", sw="Microsoft SMTP Server", date=d,
    frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nordfjord-shipping.example>",
    to="k.halvorsen@nordfjord-shipping.example", subject="Undeliverable: Container booking CN-2291", text=txt,
    recips=recips, original=orig("k.halvorsen@nordfjord-shipping.example", "li.jun@hengtai-tradng.example", "Container booking CN-2291",
                                  dt(2026, 11, 17, 2, 40, 2, "+0000"), "nordfjord-shipping.example", n)))
expect(n, "li.jun@hengtai-tradng.example", "hostunknown", True, "5.4.310", "550", vendor="office365")

n = "postfix-nullmx-cn-domain.eml"
d = dt(2026, 11, 19, 9, 12, 0, "+0100")
write(OUT, n, postfix(n, host="mx-out.alpenglas.example", date=d, sender="vertrieb@alpenglas.example",
    rcpts=["purchasing@retired-brand-cn.example"], osubj="Angebot 2027", odate=dt(2026, 11, 19, 9, 11, 58, "+0100"),
    tail="""<purchasing@retired-brand-cn.example>: Domain retired-brand-cn.example does
    not accept mail (nullMX)
""", recips=[{"final": "purchasing@retired-brand-cn.example", "status": "5.1.0",
              "diag": "X-Postfix; Domain retired-brand-cn.example does not accept mail (nullMX)"}]))
expect(n, "purchasing@retired-brand-cn.example", "notaccept", True, "5.1.0", vendor="postfix")

n = "postfix-exmail-tls-not-offered-delayed.eml"
d = dt(2026, 11, 23, 14, 0, 2, "+0100")
write(OUT, n, postfix(n, host="secure-out.bankhaus-lenz.example", date=d, sender="treasury@bankhaus-lenz.example",
    rcpts=["finance@jiahe-import.example"], osubj="Payment advice 2026-11-23", odate=dt(2026, 11, 23, 9, 58, 40, "+0100"),
    delay=(4, 5), tail="""<finance@jiahe-import.example>: TLS is required, but was not offered by host
    mxbiz1.qq.com[183.47.101.192]
""", recips=[{"final": "finance@jiahe-import.example", "action": "delayed", "status": "4.7.4", "remote": "mxbiz1.qq.com",
              "diag": "X-Postfix; TLS is required, but was not offered by host mxbiz1.qq.com[183.47.101.192]",
              "will_retry": dt(2026, 11, 28, 9, 58, 40, "+0100")}]))
expect(n, "finance@jiahe-import.example", "failedstarttls", False, "4.7.4", action="delayed", vendor="exmail")

n = "exim-tls-handshake-failed-qiye163.eml"
d = dt(2026, 11, 25, 6, 30, 0, "+0000")
write(OUT, n, exim(n, host="mail.harwick-legal.example", date=d, sender="clerk@harwick-legal.example",
    to="legal@yongxin-holdings.example", osubj="Signed NDA", odate=dt(2026, 11, 24, 6, 29, 40, "+0000"),
    rcpt_lines="""  legal@yongxin-holdings.example
    host qiye163mx01.mxmail.netease.com [220.181.97.37]
    a TLS session is required, but an attempt to start TLS failed:
    (SSL_connect): error:0A000410:SSL routines::sslv3 alert handshake failure
"""))
expect(n, "legal@yongxin-holdings.example", "failedstarttls", False, vendor="netease")

n = "ses-suppression-list-163.eml"
d = dt(2026, 11, 26, 1, 5, 13, "+0000")
recips = [{"final": "xu_qing1990@163.com", "status": "5.1.1",
           "diag": "smtp; Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide."}]
txt = """An error occurred while trying to deliver the mail to the following recipients:
xu_qing1990@163.com
"""
write(OUT, n, dsn(n, host="a8-31.smtp-out.amazonses.com", sw="Amazon SES", date=d,
    frm="MAILER-DAEMON@amazonses.com", to="no-reply@pinecone-apps.example", subject="Delivery Status Notification (Failure)",
    text=txt, recips=recips, reporting="a8-31.smtp-out.amazonses.com",
    original=orig("no-reply@pinecone-apps.example", "xu_qing1990@163.com", "Verify your email", dt(2026, 11, 26, 1, 5, 12, "+0000"),
                  "pinecone-apps.example", n)))
expect(n, "xu_qing1990@163.com", "suppressed", False, "5.1.1", vendor="amazonses")

n = "esp-previously-bounced-qq.eml"
d = dt(2026, 11, 28, 16, 40, 0, "+0000")
recips = [{"final": "3310567781@qq.com", "status": "5.0.0",
           "diag": "smtp; 550 5.0.0 Not delivering to a previously bounced address: 3310567781@qq.com is on the account's suppression list"}]
txt = """This is the delivery service at relay.sendstream.example.

We did not attempt delivery of your message to the recipient below. The
address hard-bounced on an earlier send from your account and is kept on
your suppression list; messages to it are dropped until you remove it.

    3310567781@qq.com
"""
write(OUT, n, dsn(n, host="relay.sendstream.example", sw="Sendstream", date=d,
    frm="Sendstream Delivery <mailer-daemon@relay.sendstream.example>", to="hello@dumpling-club.example",
    subject="Undelivered: Your order has shipped", text=txt, recips=recips,
    original=orig("hello@dumpling-club.example", "3310567781@qq.com", "Your order has shipped", dt(2026, 11, 28, 16, 39, 58, "+0000"),
                  "dumpling-club.example", n)))
expect(n, "3310567781@qq.com", "suppressed", False, "5.0.0", "550", vendor="")

n = "google-workspace-cn-not-rfc5322.eml"
d = dt(2026, 11, 30, 15, 0, 40, "+0000")
write(OUT, n, postfix(n, host="smtp.orchid-newsroom.example", date=d, sender="desk@orchid-newsroom.example",
    rcpts=["editor@shenzhen-robotics.example"], osubj="Interview request", odate=dt(2026, 11, 30, 15, 0, 33, "+0000"),
    tail="""<editor@shenzhen-robotics.example>: host aspmx.l.google.com[192.0.2.27]
    said: 550-5.7.1 [198.51.100.90] Our system has detected that this message
    is not RFC 5322 compliant: 550-5.7.1 'Subject' header appears more than
    once. To reduce the amount of spam sent to Gmail, this message has been
    550 5.7.1 blocked. https://support.google.com/mail/?p=RfcMessageNonCompliant
    d2e1a72fcca58-7ac0b1f2e2asi123456b3a.331 - gsmtp (in reply to end of DATA
    command)
""", recips=[{"final": "editor@shenzhen-robotics.example", "status": "5.7.1", "remote": "aspmx.l.google.com",
              "diag": "smtp; 550-5.7.1 [198.51.100.90] Our system has detected that this message is not RFC 5322 compliant: 550-5.7.1 'Subject' header appears more than once. To reduce the amount of spam sent to Gmail, this message has been 550 5.7.1 blocked. https://support.google.com/mail/?p=RfcMessageNonCompliant d2e1a72fcca58-7ac0b1f2e2asi123456b3a.331 - gsmtp"}]))
expect(n, "editor@shenzhen-robotics.example", "notcompliantrfc", False, "5.7.1", "550", vendor="google")

n = "qq-mx-sender-domain-missing.eml"
d = dt(2026, 11, 21, 20, 20, 0, "+0000")
write(OUT, n, postfix(n, host="mail.opal-games.example", date=d, sender="noreply@mail-opal-games.example",
    rcpts=["2650013388@qq.com"], osubj="Your activation code", odate=dt(2026, 11, 21, 20, 19, 58, "+0000"),
    tail="""<2650013388@qq.com>: host mx2.qq.com[203.205.219.58] said: 550 Domain of
    sender address mail-opal-games.example does not exist, sender refused (in
    reply to MAIL FROM command)
""", recips=[{"final": "2650013388@qq.com", "status": "5.1.8", "remote": "mx2.qq.com",
              "diag": "smtp; 550 Domain of sender address mail-opal-games.example does not exist, sender refused"}]))
expect(n, "2650013388@qq.com", "rejected", False, "5.1.8", "550", vendor="qq")

n = "qq-mx-bad-syntax-sendmail.eml"
d = dt(2026, 11, 24, 5, 10, 0, "-0800")
txt = """The original message was received at Tue, 24 Nov 2026 05:09:58 -0800
from app7.redwood-forms.example [192.0.2.70]

   ----- The following addresses had permanent fatal errors -----
<1744552090@qq.com>
    (reason: 500 Error: bad syntax)

   ----- Transcript of session follows -----
... while talking to mx1.qq.com.:
>>> MAIL From:<forms@redwood-forms.example> SIZE=4410 BODY=8BITMIME SMTPUTF8 AUTH=<>
<<< 500 Error: bad syntax
554 5.0.0 Service unavailable
"""
write(OUT, n, dsn(n, host="mail.redwood-forms.example", sw="8.18.1/8.18.1", date=d,
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.redwood-forms.example>", to="forms@redwood-forms.example",
    subject="Returned mail: see transcript for details", text=txt,
    recips=[{"final": "1744552090@qq.com", "status": "5.5.2", "remote": "mx1.qq.com", "diag": "smtp; 500 Error: bad syntax"}],
    original=orig("forms@redwood-forms.example", "1744552090@qq.com", "Form submission received", dt(2026, 11, 24, 5, 9, 58, "-0800"),
                  "redwood-forms.example", n)))
expect(n, "1744552090@qq.com", "syntaxerror", False, "5.5.2", "500", vendor="qq")

n = "exim-netease-three-rcpts.eml"
d = dt(2026, 11, 27, 10, 0, 0, "+0000")
write(OUT, n, exim(n, host="lists.riverbend-choir.example", date=d, sender="news@riverbend-choir.example",
    to="alto.chen@163.com, bass_wu@126.com, soprano.li@yeah.net", osubj="Concert recording (full)",
    odate=dt(2026, 11, 27, 9, 59, 40, "+0000"),
    rcpt_lines="""  alto.chen@163.com
    host 163mx03.mxmail.netease.com [220.181.12.14]
    SMTP error from remote mail server after RCPT TO:<alto.chen@163.com>:
    550 User not found: alto.chen@163.com
  bass_wu@126.com
    host 126mx01.mxmail.netease.com [220.181.15.121]
    SMTP error from remote mail server after end of data:
    552 Requested mail action aborted: exceeded mailsize limit
  soprano.li@yeah.net
    host yeahmx00.mxmail.netease.com [220.181.15.100]
    SMTP error from remote mail server after RCPT TO:<soprano.li@yeah.net>:
    550 User suspended: this account has been locked by the administrator
"""))
expect(n, "alto.chen@163.com", "userunknown", True, "", "550", vendor="netease")
expect(n, "bass_wu@126.com", "emailtoolarge", False, "", "552", vendor="netease")
expect(n, "soprano.li@yeah.net", "suspend", False, "", "550", vendor="netease")

# ================================================================ more Chinese notices: delays, mailer, storage

n = "coremail-dns-temporary-delayed-gb2312.eml"
d = dt(2026, 11, 29, 15, 0, 0, "+0800")
txt = """您好，

您发送给 contact@yunding-cloud.example 的邮件《接口文档 v2》暂时未能投递。

原因：查询对方域名的邮件服务器时 DNS 解析暂时失败（域名服务器无响应）。
详细信息：451 4.4.3 Temporary DNS lookup failure for yunding-cloud.example (SERVFAIL)

系统将继续尝试投递，您不必重新发送。如果 5 天内仍然无法投递，系统将退回此邮件。

邮件系统 mail.xinhai-tech.example
"""
write(OUT, n, notice(n, host="mail.xinhai-tech.example", sw="Coremail", date=d,
    frm="postmaster@xinhai-tech.example", to="dev.team@xinhai-tech.example", subject=enc_header("邮件延迟投递：接口文档 v2", "gb2312"),
    text=txt, charset="GB2312",
    original=orig_zh(n, "dev.team@xinhai-tech.example", "contact@yunding-cloud.example", "接口文档 v2", dt(2026, 11, 29, 10, 58, 0, "+0800"),
                     "xinhai-tech.example"), returned_as="text/rfc822-headers"))
expect(n, "contact@yunding-cloud.example", "networkerror", False, "4.4.3", "451", action="delayed", vendor="coremail")

n = "sendmail-jp-prog-mailer-exit.eml"
d = dt(2026, 11, 22, 23, 30, 5, "+0900")
txt = """The original message was received at Sun, 22 Nov 2026 23:30:01 +0900
from mail.tsubame-lab.example [192.0.2.130]

   ----- The following addresses had permanent fatal errors -----
"|/usr/local/sbin/fml /var/spool/ml/seminar"
    (reason: Service unavailable)
    (expanded from: <seminar@ml.tsubame-lab.example>)

   ----- Transcript of session follows -----
fml: config.ph: cannot open: No such file or directory
554 5.3.0 unknown mailer error 1
"""
write(OUT, n, dsn(n, host="ml.tsubame-lab.example", sw="8.17.1/8.17.1", date=d,
    frm="Mail Delivery Subsystem <MAILER-DAEMON@ml.tsubame-lab.example>", to="sato@tsubame-lab.example",
    subject="Returned mail: see transcript for details", text=txt,
    recips=[{"original": "seminar@ml.tsubame-lab.example", "final": "seminar@ml.tsubame-lab.example", "status": "5.3.0",
             "diag": "X-Unix; unknown mailer error 1"}],
    original=orig("sato@tsubame-lab.example", "seminar@ml.tsubame-lab.example", "ゼミ日程", dt(2026, 11, 22, 23, 30, 0, "+0900"),
                  "tsubame-lab.example", n, "来週のゼミは休講です。\n", "iso-2022-jp")))
expect(n, "seminar@ml.tsubame-lab.example", "mailererror", False, "5.3.0", vendor="sendmail")

n = "sohu-qiye-mail-system-full-gbk.eml"
d = dt(2026, 12, 1, 19, 0, 0, "+0800")
txt = """您好！

您发送给 kefu@ruixiang-wine.example 的邮件未能投递。

原因：对方邮件服务器的存储磁盘已满（整台服务器已无可用空间），无法接收任何新邮件。这不是收件人个人邮箱的问题。
服务器返回：452 4.3.1 Mail system full - no space left on device (errno=28)
本邮件在 3 天内多次重试均失败，已退回。

搜狐企业邮箱
"""
write(OUT, n, notice(n, host="mx-out.qiye.sohu.com", sw="Sohu-MTA", date=d,
    frm="MAILER-DAEMON@qiye.sohu.com", to="buyer@fenghua-hotel.example", subject=enc_header("退信：年会用酒订单", "gbk"),
    text=txt, charset="GBK", cte="quoted-printable",
    original=orig_zh(n, "buyer@fenghua-hotel.example", "kefu@ruixiang-wine.example", "年会用酒订单", dt(2026, 11, 28, 18, 50, 0, "+0800"),
                     "fenghua-hotel.example")))
expect(n, "kefu@ruixiang-wine.example", "systemfull", False, "4.3.1", "452", vendor="sohu")

# ---------------------------------------------------------------- no cause given (undefined) and an opaque reply (onhold)

n = "sohu-notice-no-reason-gbk.eml"
d = dt(2026, 11, 18, 10, 0, 0, "+0800")
txt = """您好！

很抱歉，您于 2026-11-18 09:58 发送的邮件未能送达以下收件人：

    laowang_sy@sohu.com

邮件已退回。如有疑问，请联系客服。

搜狐闪电邮箱
"""
write(OUT, n, notice(n, host="mx118.vip.sohu.com", sw="Sohu-MTA", date=d,
    frm="MAILER-DAEMON@sohu.com", to="tiantian_mom@sohu.com", subject=enc_header("邮件投递失败", "gbk"), text=txt, charset="GBK",
    original=orig_zh(n, "tiantian_mom@sohu.com", "laowang_sy@sohu.com", "周末聚餐", dt(2026, 11, 18, 9, 58, 0, "+0800"), "sohu.com")))
expect(n, "laowang_sy@sohu.com", "undefined", vendor="sohu")

n = "jp-isp-notice-no-reason-iso2022.eml"
d = dt(2026, 11, 27, 7, 0, 0, "+0900")
txt = """メールシステムからのお知らせです。

以下の宛先へ送信されたメールは配信できませんでした。

  宛先: ryoko.a@so-net-sample.example
  件名: 町内会のお知らせ

お手数ですが、宛先をご確認のうえ、必要であれば再送してください。
"""
write(OUT, n, notice(n, host="mail-out.asahi-net-sample.example", sw="MTA", date=d,
    frm="MAILER-DAEMON@asahi-net-sample.example", to="chonaikai@asahi-net-sample.example",
    subject=enc_header("配信できなかったメールのお知らせ", "iso-2022-jp"), text=txt, charset="ISO-2022-JP",
    original=orig("chonaikai@asahi-net-sample.example", "ryoko.a@so-net-sample.example", "町内会のお知らせ",
                  dt(2026, 11, 27, 6, 59, 0, "+0900"), "asahi-net-sample.example", n, "来月の清掃日のお知らせです。\n", "iso-2022-jp")))
expect(n, "ryoko.a@so-net-sample.example", "undefined", vendor="")

n = "exmail-opaque-reference-gbk.eml"
d = dt(2026, 11, 25, 13, 13, 0, "+0800")
txt = """您好，

您发送给 pan.jie@longmen-exhibit.example 的邮件被对方服务器退回。

对方服务器返回：550 5.0.0 Message rejected [ref: LMX-8F21C0]
退信原因：对方未说明具体原因，请将上面的参考编号提供给收件方管理员查询。

腾讯企业邮箱
"""
write(OUT, n, notice(n, host="smtpbg153.qq.com", sw="exmail", date=d,
    frm="postmaster@exmail.qq.com", to="sun.wei@baohua-design.example", subject=enc_header("退信：展位设计图", "gbk"), text=txt,
    charset="GBK",
    original=orig_zh(n, "sun.wei@baohua-design.example", "pan.jie@longmen-exhibit.example", "展位设计图",
                     dt(2026, 11, 25, 13, 12, 40, "+0800"), "baohua-design.example")))
expect(n, "pan.jie@longmen-exhibit.example", "onhold", False, "5.0.0", "550", vendor="exmail")

n = "postfix-opaque-code-jp-isp.eml"
d = dt(2026, 11, 29, 18, 0, 0, "+0000")
write(OUT, n, postfix(n, host="smtp.tidepool-surf.example", date=d, sender="shop@tidepool-surf.example",
    rcpts=["ken.m@plala-sample.example"], osubj="Order 55102 shipped", odate=dt(2026, 11, 29, 17, 59, 55, "+0000"),
    tail="""<ken.m@plala-sample.example>: host mx.plala-sample.example[203.0.113.202] said:
    554 5.0.0 Transaction rejected (R-0447) (in reply to end of DATA command)
""", recips=[{"final": "ken.m@plala-sample.example", "status": "5.0.0", "remote": "mx.plala-sample.example",
              "diag": "smtp; 554 5.0.0 Transaction rejected (R-0447)"}]))
expect(n, "ken.m@plala-sample.example", "onhold", False, "5.0.0", "554", vendor="")

# ================================================================ delivered, vacation, feedback

n = "coremail-delivered-dsn-gb2312.eml"
d = dt(2026, 11, 20, 10, 30, 5, "+0800")
recips = [{"final": "dean.office@hust-sample.example", "action": "delivered", "status": "2.0.0",
           "diag": "smtp; 250 2.0.0 OK: delivered to mailbox"}]
txt = """您好！

这是投递状态通知（您在发信时要求了成功回执）。

您的邮件《博士论文答辩申请》已成功投递到以下收件人的邮箱：
    dean.office@hust-sample.example

邮件系统
"""
write(OUT, n, dsn(n, host="mail.hust-sample.example", sw="Coremail", date=d,
    frm="postmaster@hust-sample.example", to="phd.zhao@hust-sample.example", subject=enc_header("投递成功通知", "gb2312"),
    text=txt, charset="GB2312", recips=recips,
    original=orig_zh(n, "phd.zhao@hust-sample.example", "dean.office@hust-sample.example", "博士论文答辩申请",
                     dt(2026, 11, 20, 10, 30, 0, "+0800"), "hust-sample.example")))
expect(n, "dean.office@hust-sample.example", "delivered", False, "2.0.0", "250", action="delivered", vendor="coremail")

n = "postfix-delivered-notify-jp.eml"
d = dt(2026, 11, 26, 9, 0, 3, "+0900")
recips = [{"final": "keiri@kobayashi-shoji.example", "action": "delivered", "status": "2.0.0",
           "diag": "X-Postfix; delivered to mailbox"}]
txt = """This is the mail system at host mail.kobayashi-shoji.example.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<keiri@kobayashi-shoji.example>: delivered to mailbox
"""
write(OUT, n, dsn(n, host="mail.kobayashi-shoji.example", sw="Postfix", date=d,
    frm="MAILER-DAEMON@mail.kobayashi-shoji.example (Mail Delivery System)", to="tanabe@kobayashi-shoji.example",
    subject="Successful Mail Delivery Report", text=txt, recips=recips,
    original=orig("tanabe@kobayashi-shoji.example", "keiri@kobayashi-shoji.example", "経費精算書", dt(2026, 11, 26, 9, 0, 0, "+0900"),
                  "kobayashi-shoji.example", n, "経費精算書を提出します。\n", "iso-2022-jp")))
expect(n, "keiri@kobayashi-shoji.example", "delivered", False, "2.0.0", action="delivered", vendor="postfix")

n = "vacation-naver-autoreply-euckr.eml"
d = dt(2026, 12, 1, 9, 5, 0, "+0900")
txt = """안녕하세요, 박서준입니다.

12월 1일부터 12월 8일까지 해외 출장 중이라 메일 확인이 늦어질 수 있습니다.
급한 용무는 팀 대표 메일(team@hanbit-media.example)로 연락 부탁드립니다.

감사합니다.
"""
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, "mailout.naver.com", "Naver-MTA", d),
                    ("Date", d), ("From", "=?EUC-KR?B?" + base64.b64encode("박서준".encode("euc-kr")).decode() + "?= <seojun.p@naver.com>"),
                    ("To", "producer@hanbit-media.example"),
                    ("Subject", enc_header("[자동응답] 출장 중입니다", "euc-kr")), ("Message-ID", mid(n, "naver.com")),
                    ("In-Reply-To", mid(n + "o", "hanbit-media.example")), ("Auto-Submitted", "auto-replied")],
                   tpart(txt, "EUC-KR")))
expect(n, "seojun.p@naver.com", "vacation", action="", vendor="naver")

n = "vacation-jp-fuzai-iso2022.eml"
d = dt(2026, 11, 20, 10, 0, 0, "+0900")
txt = """いつもお世話になっております。

誠に勝手ながら、2026年11月20日から11月24日まで社内研修のため不在にしております。
いただいたメールは11月25日以降に順次対応いたします。

株式会社みどり設計　総務部　佐々木
"""
write(OUT, n, mail(["Return-Path: <soumu@midori-sekkei.example>\n" + hop(n, "mail.midori-sekkei.example", "Postfix", d),
                    ("Date", d), ("From", "soumu@midori-sekkei.example"), ("To", "eigyo@tokai-denki.example"),
                    ("Subject", enc_header("不在通知：社内研修のため不在です", "iso-2022-jp")), ("Message-ID", mid(n, "midori-sekkei.example")),
                    ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")],
                   tpart(txt, "ISO-2022-JP")))
expect(n, "soumu@midori-sekkei.example", "vacation", action="", vendor="")


def arf(name, *, host, date, frm, to, subject, text, charset, ftype, ua, src_ip, orcpt, orig_msg, extra_fields=""):
    fb = (f"Feedback-Type: {ftype}\nUser-Agent: {ua}\nVersion: 1\nOriginal-Mail-From: <{orig_msg[0]}>\n"
          f"Original-Rcpt-To: <{orcpt}>\nArrival-Date: {orig_msg[2]}\nSource-IP: {src_ip}\nReported-Domain: {orig_msg[0].split('@')[1]}\n"
          + extra_fields)
    o = orig(orig_msg[0], orcpt, orig_msg[1], orig_msg[2], orig_msg[0].split("@")[1], name)
    parts = [tpart(text, charset), part("message/feedback-report", fb, cte=None), part("message/rfc822", o, cte=None)]
    return mail(heads(name, host, "ESMTP", date, frm, to, subject, auto=False, rpath=f"<{frm.split('<')[-1].rstrip('>')}>"),
                multipart("report", parts, boundary(name), " report-type=feedback-report;"))


n = "arf-jp-isp-abuse-report.eml"
d = dt(2026, 11, 23, 14, 0, 0, "+0900")
write(OUT, n, arf(n, host="fbl.biglobe-sample.example", date=d, frm="abuse@biglobe-sample.example", to="fbl@sakuradrop-mail.example",
    subject="Abuse report: spam complaint from a subscriber", charset="ISO-2022-JP", ftype="abuse",
    ua="BIGLOBE-FBL/2.1", src_ip="198.51.100.45", orcpt="nobuo.i@biglobe-sample.example",
    orig_msg=("campaign@sakuradrop-mail.example", "限定セールのご案内", dt(2026, 11, 23, 9, 0, 0, "+0900")),
    text="""このメッセージは、当社会員から迷惑メールとして報告されたメールについての通知です。
This is an email abuse report for a message reported as spam by our subscriber.
"""))
expect(n, "nobuo.i@biglobe-sample.example", "feedback", action="", vendor="")

n = "arf-cn-provider-complaint-utf8.eml"
d = dt(2026, 11, 30, 16, 20, 0, "+0800")
write(OUT, n, arf(n, host="fbl.mailcn-sample.example", date=d, frm="Feedback Loop <fbl@mailcn-sample.example>",
    to="abuse-desk@bluefin-esp.example", subject="FW: spam complaint (feedback loop)", charset="UTF-8", ftype="abuse",
    ua="MailCN-FBL/1.0", src_ip="203.0.113.201", orcpt="ye.hong@mailcn-sample.example",
    orig_msg=("offers@bluefin-esp.example", "双十二特惠提前购", dt(2026, 11, 30, 12, 0, 0, "+0800")),
    text="""您好，

我们的用户将您发出的以下邮件标记为垃圾邮件。请将该用户从您的发信列表中移除。

This is a feedback loop report: our user marked the attached message as spam.
"""))
expect(n, "ye.hong@mailcn-sample.example", "feedback", action="", vendor="")

# ================================================================ near-misses: ordinary CJK mail close to a bounce


def human(name, *, host, date, frm, to, subject, text, charset, cte=None, extra=(), html=None, sw="Postfix", cc=None):
    addr = frm.split("<")[-1].rstrip(">")
    h = [f"Return-Path: <{addr}>\n" + hop(name, host, sw, date, frm="[192.0.2.%d]" % (int(qid(name, 2), 16) % 200 + 20),
                                           ip="192.0.2.%d" % (int(qid(name, 2), 16) % 200 + 20)),
         ("Date", date), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Message-ID", mid(name, host.split(".", 1)[1]))] + list(extra)
    body = alt(name, text, html, charset, cte or "base64") if html else tpart(text, charset, cte)
    return mail(h, body)


def zhname(name, charset, addr):
    return "=?%s?B?%s?= <%s>" % (charset, base64.b64encode(name.encode(charset)).decode(), addr)


n = "nb-zh-colleague-why-bounced-gbk.eml"
write(NB, n, human(n, host="mail.huaxin-cpa.example", date=dt(2026, 11, 27, 9, 12, 0, "+0800"),
    frm=zhname("李明", "gbk", "li.ming@huaxin-cpa.example"), to="it-support@huaxin-cpa.example",
    subject=enc_header("请问为什么我发给金桥集团的邮件被退回了？", "gbk"), charset="GBK", extra=[("X-Mailer", "Foxmail 7.2.25.228")],
    text="""IT 同事你好：

我昨天给金桥集团审计部发的季度资料，今天早上收到一封系统发来的延迟通知，说对方服务器存储空间不足，
系统会继续尝试。我需要重新发一次吗？还是等着就行？对方催得比较急。

另外我看通知里有一串英文和数字，看不懂是什么意思。麻烦帮忙看一下，谢谢！

李明
华信会计师事务所 审计二部
"""))

n = "nb-zh-it-mailbox-capacity-gb2312.eml"
write(NB, n, human(n, host="mail.nwu-edu.example", date=dt(2026, 11, 16, 8, 0, 0, "+0800"),
    frm=zhname("网络与信息中心", "gb2312", "nic@nwu-edu.example"), to="all-staff@nwu-edu.example",
    subject=enc_header("【通知】关于教职工邮箱容量调整的说明", "gb2312"), charset="GB2312", cte="quoted-printable",
    extra=[("X-Mailer", "Coremail Webmail Server"), ("Precedence", "bulk")],
    text="""各位老师：

为保障邮件系统稳定运行，自 12 月 1 日起，教职工邮箱容量由 5GB 调整为 10GB，单封邮件大小上限仍为 50MB。

温馨提示：
1. 邮箱使用量超过 90% 时，系统会发送提醒；邮箱已满时，外来邮件将被退回给发件人。
2. 请定期清理“已删除”和“垃圾邮件”文件夹。
3. 发送大附件请使用“超大附件”功能。

如有问题请拨打 8899-1234。

网络与信息中心
"""))

n = "nb-zh-helpdesk-error-code-utf8.eml"
write(NB, n, human(n, host="mail.yunfan-print.example", date=dt(2026, 11, 30, 10, 20, 0, "+0800"),
    frm=zhname("信息部 王工", "utf-8", "helpdesk@yunfan-print.example"), to="kefu@yunfan-print.example",
    subject=enc_header("Re: [工单 #20261130-07] 客服邮箱发不出邮件", "utf-8"), charset="UTF-8", cte="quoted-printable",
    extra=[("In-Reply-To", mid(n + "q", "yunfan-print.example")), ("References", mid(n + "q", "yunfan-print.example"))],
    text="""客服组你好，

工单已处理。你们早上看到的“535 Error: authentication failed”是因为上周企业邮箱开启了安全登录，
服务器那台报价系统里保存的还是旧密码。我已经在系统里换成了客户端专用密码，刚才测试发信正常。

以后如果再看到 5 开头的错误代码，直接截图发工单即可，不用重复发送。

王工
信息部
"""))

n = "nb-zh-newsletter-deliverability-gbk.eml"
write(NB, n, human(n, host="edm.sendcloud-sample.example", date=dt(2026, 11, 25, 20, 0, 0, "+0800"),
    frm=zhname("邮件营销周刊", "gbk", "weekly@sendcloud-sample.example"), to="market@songhe-tea.example",
    subject=enc_header("第 48 期：如何降低退信率，提高邮件到达率", "gbk"), charset="GBK",
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@sendcloud-sample.example>"), ("Precedence", "bulk")],
    html="<html><body><h1>如何降低退信率</h1><p>退信分为硬退信（地址不存在、域名不存在）和软退信（邮箱已满、对方服务器繁忙）。</p></body></html>",
    text="""第 48 期：如何降低退信率，提高邮件到达率

一、退信分两类
  硬退信：收件人地址不存在、域名不存在。应立即从列表中删除。
  软退信：邮箱已满、对方服务器暂时繁忙或频率限制。可以稍后重试，连续多次失败再删除。

二、QQ 邮箱和网易邮箱的常见拒信
  发信频率过快、IP 信誉度低、SPF/DKIM 未配置，都会导致被拒收。

三、本周工具推荐：列表清洗服务，新用户免费 1 万次。

退订请点击：mailto:unsubscribe@sendcloud-sample.example
"""))

n = "nb-zh-password-expiry-gb18030.eml"
write(NB, n, human(n, host="mail.zhongke-instr.example", date=dt(2026, 11, 24, 7, 30, 0, "+0800"),
    frm=zhname("邮件系统管理员", "gb18030", "postmaster@zhongke-instr.example"), to="chen.yu@zhongke-instr.example",
    subject=enc_header("您的邮箱密码将于 7 天后过期", "gb18030"), charset="GB18030", extra=[("X-Mailer", "Coremail")],
    text="""尊敬的 chen.yu：

根据公司信息安全制度，您的邮箱密码将于 2026-12-01 过期。请在此之前登录网页邮箱，
在“设置 - 账户安全”中修改密码。过期后将无法登录客户端收发邮件，但不会影响已收到的邮件。

本邮件由系统自动发送，请勿回复。
"""))

n = "nb-zh-qq-login-alert-utf8.eml"
write(NB, n, human(n, host="newxmesmtplogicsvrszc5.qq.com", date=dt(2026, 11, 29, 23, 41, 0, "+0800"),
    frm=zhname("QQ邮箱团队", "utf-8", "10000@qq.com"), to="2391150874@qq.com", sw="NewMx",
    subject=enc_header("QQ邮箱异地登录提醒", "utf-8"), charset="UTF-8",
    text="""您的QQ邮箱（2391150874@qq.com）于 2026-11-29 23:40 在 广东省深圳市 登录。

如果这是您本人的操作，请忽略本邮件。
如果不是，请立即修改密码，并开启独立密码保护。

QQ邮箱团队
"""))

n = "nb-zh-marketing-tuixin-gbk.eml"
write(NB, n, human(n, host="edm.jiayuan-fishing.example", date=dt(2026, 11, 20, 19, 0, 0, "+0800"),
    frm=zhname("佳渊渔具商城", "gbk", "promo@jiayuan-fishing.example"), to="laoli_fishing@sohu.com",
    subject=enc_header("七天无理由退货，退信无忧！冬季钓具大促", "gbk"), charset="GBK", cte="quoted-printable",
    extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://jiayuan-fishing.example/unsub>")],
    text="""冬季钓具大促开始啦！

★ 全场满 300 减 50
★ 七天无理由退货，退货运费我们出
★ 地址写错、快递被退回？联系客服免费重新发货

温馨提示：如果您收不到我们的邮件，可能是被邮箱判为垃圾邮件或被退信，请把 promo@jiayuan-fishing.example 加入通讯录。

不想再收到此类邮件？回复“TD”退订。
"""))

n = "nb-zh-admin-weekly-stats-gb2312.eml"
write(NB, n, human(n, host="mail.xinhai-tech.example", date=dt(2026, 11, 30, 8, 0, 0, "+0800"),
    frm=zhname("邮件系统", "gb2312", "mail-report@xinhai-tech.example"), to="admin@xinhai-tech.example",
    subject=enc_header("邮件系统周报（11月23日-11月29日）", "gb2312"), charset="GB2312", extra=[("X-Mailer", "Coremail")],
    text="""邮件系统周报（11月23日-11月29日）

发信总数：  18,442
收信总数：  52,317
退信数：    126（其中：收件人不存在 71，邮箱已满 22，对方拒收 19，其他 14）
垃圾邮件拦截：9,804
病毒拦截：  12

存储使用：  1.82 TB / 4 TB（45%）

本报告由系统自动生成。
"""))

n = "nb-zh-colleague-forward-question-utf8.eml"
write(NB, n, human(n, host="mail.lingxi-law.example", date=dt(2026, 11, 26, 16, 30, 0, "+0800"),
    frm=zhname("陈莉", "utf-8", "chen.li@lingxi-law.example"), to="zhou.jing.personal@163.com",
    subject=enc_header("周律师，合同我换个邮箱再发您一次", "utf-8"), charset="UTF-8",
    text="""周律师您好：

中午发到您单位邮箱的合同盖章版，系统提示您那边邮箱空间不足，暂时没送到。
我先发到您的私人邮箱，附件是盖章版 PDF，请查收。您有空清理一下单位邮箱吧。

陈莉
灵犀律师事务所
"""))

n = "nb-zh-parcel-returned-gbk.eml"
write(NB, n, human(n, host="notice.express-sample.example", date=dt(2026, 11, 22, 14, 0, 0, "+0800"),
    frm=zhname("顺达快递", "gbk", "notice@express-sample.example"), to="guo.jun@21cn.com",
    subject=enc_header("您的快件 SD2026112288 已退回寄件人", "gbk"), charset="GBK", extra=[("Precedence", "bulk")],
    text="""尊敬的客户：

您寄往 广州市天河区 的快件（运单号 SD2026112288）因收件人地址不详、电话无法接通，
派送三次未成功，已按规定退回寄件人。

如需重新派送，请致电 95xxx 或登录官网修改地址。

顺达快递
"""))

n = "nb-tw-big5-newsletter-delivery-tips.eml"
write(NB, n, human(n, host="epaper.hinet-sample.example", date=dt(2026, 11, 18, 10, 0, 0, "+0800"),
    frm=zhname("HiNet 電子報", "big5", "epaper@hinet-sample.example"), to="lin.sy@ms21.hinet.net",
    subject=enc_header("電子報：信件寄不出去怎麼辦？常見退信原因說明", "big5"), charset="Big5", extra=[("Precedence", "bulk")],
    text="""本期主題：信件寄不出去怎麼辦？

常見的退信原因有：
1. 收件者地址錯誤或帳號不存在
2. 收件者信箱已滿
3. 信件大小超過限制
4. 對方伺服器把信件判定為垃圾郵件

收到退信時，請先看退信內容中的錯誤代碼，再依照說明處理。

HiNet 電子報 敬上
"""))

n = "nb-ja-colleague-soushin-error-iso2022.eml"
write(NB, n, human(n, host="mail.hoshino-clinic.example", date=dt(2026, 11, 21, 9, 0, 0, "+0900"),
    frm="=?ISO-2022-JP?B?" + base64.b64encode("受付 星野".encode("iso-2022-jp")).decode() + "?= <uketsuke@hoshino-clinic.example>",
    to="jimu@hoshino-clinic.example", subject=enc_header("予約リマインドが届かない患者さんについて", "iso-2022-jp"),
    charset="ISO-2022-JP",
    text="""事務担当 各位

おはようございます。受付の星野です。

昨日から、au のアドレスの患者さんあてのリマインドメールだけ「配信不能のお知らせ」が返ってきます。
他のキャリアには届いているようです。送信サーバの設定で何か変わったのでしょうか。

お手数ですが確認をお願いします。

星野
"""))

n = "nb-ja-it-mailbox-yoryo-sjis.eml"
write(NB, n, human(n, host="mail.kinoshita-kogyo.example", date=dt(2026, 11, 25, 8, 30, 0, "+0900"),
    frm="=?SHIFT_JIS?B?" + base64.b64encode("情報システム課".encode("shift_jis")).decode() + "?= <johosys@kinoshita-kogyo.example>",
    to="zensha@kinoshita-kogyo.example", subject=enc_header("【お知らせ】メールボックス容量の上限について", "shift_jis"),
    charset="Shift_JIS", cte="quoted-printable", extra=[("Precedence", "bulk")],
    text="""社員各位

情報システム課です。

メールボックスの容量上限は 2GB です。上限を超えると、社外からのメールが送信者に返送されてしまいます。
現在、容量の 90% を超えている方が 14 名います。該当者には個別に連絡しますので、
不要なメールや添付ファイルを削除してください。

情報システム課
"""))

n = "nb-ja-login-notice-utf8.eml"
write(NB, n, human(n, host="mail.nifty-sample.example", date=dt(2026, 11, 28, 22, 10, 0, "+0900"),
    frm="=?UTF-8?B?" + base64.b64encode("@nifty".encode()).decode() + "?= <security@nifty-sample.example>",
    to="keiko.f@nifty.com", subject=enc_header("【重要】新しい端末からのログインがありました", "utf-8"), charset="UTF-8",
    cte="quoted-printable",
    text="""いつも@niftyをご利用いただきありがとうございます。

お客様のアカウントに、新しい端末からログインがありました。

  日時: 2026年11月28日 22:09
  端末: iPhone（Safari）

お心当たりがない場合は、すぐにパスワードを変更してください。
このメールは送信専用アドレスから送信しています。
"""))

n = "nb-ja-shop-order-returned-iso2022.eml"
write(NB, n, human(n, host="mail.wakaba-photo.example", date=dt(2026, 11, 24, 17, 0, 0, "+0900"),
    frm="photo@wakaba-photo.example", to="hiro-t.55@i.softbank.jp",
    subject=enc_header("撮影データのお届け方法の変更について", "iso-2022-jp"), charset="ISO-2022-JP",
    text="""ひろ様

わかば写真館です。先ほどメールでお送りした撮影データは、容量が大きすぎて届かなかったようです。
ダウンロード用のリンクをお送りしますので、こちらから受け取ってください。

  https://wakaba-photo.example/dl/7f3a9

有効期限は 7 日間です。

わかば写真館
"""))

n = "nb-ko-mailbox-capacity-euckr.eml"
write(NB, n, human(n, host="mail.daehan-erp.example", date=dt(2026, 11, 23, 9, 0, 0, "+0900"),
    frm="=?EUC-KR?B?" + base64.b64encode("전산팀".encode("euc-kr")).decode() + "?= <it@daehan-erp.example>",
    to="all@daehan-erp.example", subject=enc_header("[공지] 메일함 용량 정리 요청", "euc-kr"), charset="EUC-KR",
    extra=[("Precedence", "bulk")],
    text="""임직원 여러분께,

메일 서버 점검 결과 메일함 용량이 95% 이상인 계정이 다수 확인되었습니다.
메일함이 가득 차면 외부에서 보낸 메일이 반송됩니다.
이번 주 금요일까지 불필요한 메일을 정리해 주시기 바랍니다.

전산팀 드림
"""))

n = "nb-ko-helpdesk-reply-utf8.eml"
write(NB, n, human(n, host="mail.hanul-shop.example", date=dt(2026, 11, 24, 11, 0, 0, "+0900"),
    frm="=?UTF-8?B?" + base64.b64encode("고객센터".encode()).decode() + "?= <help@hanul-shop.example>",
    to="yoonah.choi@daum.net", subject=enc_header("Re: 메일이 안 와요 (문의번호 77120)", "utf-8"), charset="UTF-8",
    extra=[("In-Reply-To", mid(n + "q", "daum.net"))],
    text="""최윤아 고객님, 안녕하세요.

문의하신 주문 확인 메일은 고객님 메일함에서 스팸으로 분류되었을 수 있습니다.
스팸 메일함을 확인해 주시고, help@hanul-shop.example 을 주소록에 추가해 주세요.
주문은 정상적으로 접수되었습니다.

감사합니다.
하늘쇼핑 고객센터
"""))

n = "nb-ko-naver-login-alert-euckr.eml"
write(NB, n, human(n, host="mailout.naver-sample.example", date=dt(2026, 11, 26, 7, 0, 0, "+0900"),
    frm="=?EUC-KR?B?" + base64.b64encode("네이버".encode("euc-kr")).decode() + "?= <account_noreply@naver-sample.example>",
    to="songmi_park@naver.com", subject=enc_header("[네이버] 새로운 환경에서 로그인되었습니다", "euc-kr"), charset="EUC-KR",
    text="""회원님의 아이디로 새로운 환경에서 로그인되었습니다.

  일시: 2026-11-26 06:58
  위치: 대한민국 서울
  브라우저: Chrome

본인이 아니라면 즉시 비밀번호를 변경해 주세요.
"""))

n = "nb-zh-reply-quotes-550-gb18030.eml"
write(NB, n, human(n, host="mail.baohua-design.example", date=dt(2026, 11, 25, 15, 0, 0, "+0800"),
    frm=zhname("孙伟", "gb18030", "sun.wei@baohua-design.example"), to="pan.jie.backup@126.com",
    subject=enc_header("Re: 展位设计图收到了吗？", "gb18030"), charset="GB18030",
    extra=[("In-Reply-To", mid(n + "q", "126.com")), ("References", mid(n + "q", "126.com"))],
    text="""潘经理：

我中午发到您公司邮箱的展位设计图被退回来了，退信里只写了 550 和一个参考编号，没说原因。
可能是附件太多了。我把设计图放到网盘里了，链接：https://pan.baohua-design.example/s/9dk2

您公司邮箱的问题可能要找一下你们 IT 看看。

孙伟

> 孙工，设计图发了吗？我这边还没看到。
> 潘杰
"""))

n = "nb-zh-calendar-invite-gbk.eml"
write(NB, n, human(n, host="mail.jinqiao-group.example", date=dt(2026, 11, 27, 11, 0, 0, "+0800"),
    frm=zhname("审计部 周静", "gbk", "zhou.jing@jinqiao-group.example"), to="li.ming@huaxin-cpa.example",
    subject=enc_header("会议邀请：邮件系统故障后的资料交接（12月1日 14:00）", "gbk"), charset="GBK",
    text="""李老师您好：

我们公司邮件服务器前几天存储满了，这几天外部邮件可能收不到，现已扩容恢复。
想约您 12 月 1 日下午 2 点开个短会，把季度审计资料当面交接一下。

地点：金桥大厦 12 楼 3 号会议室

周静
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
