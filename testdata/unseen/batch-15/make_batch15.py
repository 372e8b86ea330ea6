#!/usr/bin/env python3
"""Writes testdata/unseen/batch-15: one night of bounces of a Chinese
newsletter / e-commerce sender (youpin-mall.example), at everyday
frequencies: QQ/Exmail, NetEase 163/126/yeah/188 and its enterprise mail,
Sina, Sohu, Aliyun, Coremail-hosted companies and universities, 139/189/
wo.cn, 21cn, Tom, and Gmail/Outlook/Yahoo for customers abroad; in GB2312,
GBK, GB18030, UTF-8 and Big5, base64 and quoted-printable. Ordinary mail
that comes close to a bounce goes in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch15.py [DIR]"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "news@edm.youpin-mall.example"
MTA = "edm-out2.youpin-mall.example"
MTA_IP = "192.0.2.25"
OSUBJ = enc_header("【优品商城】双12预热：全场满300减50，今晚0点开抢", "utf-8")


def qid(name, n=10):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def ip_of(name, net="203.0.113"):
    return f"{net}.{int(hashlib.md5(name.encode()).hexdigest()[:2], 16) % 200 + 20}"


def t(n):
    """The n-th minute of the night of 2 to 3 December 2026, Beijing time."""
    h, m = divmod(22 * 60 + 5 + n * 7, 60)
    d = 2 + h // 24
    return dt(2026, 12, d, h % 24, m, (n * 13) % 60, "+0800")


def orig(name, rcpts, n, frm=SENDER, sent=None):
    return orig_headers(frm, ", ".join(rcpts), OSUBJ, sent or t(n - 3), mid(name + "/orig", "edm.youpin-mall.example"),
                        extra="List-Unsubscribe: <mailto:unsub@edm.youpin-mall.example?subject=unsubscribe>\n"
                              "X-Campaign: 2026-1212-warmup")


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
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, n, rows, delay=None, vendor=""):
    """The sender's own Postfix reports the receiver's reply. rows:
    (addr, mx, reply, stage, status, reason[, hard])."""
    head = POSTFIX_DELAY.format(host=MTA, hours=delay) if delay else POSTFIX_HEAD.format(host=MTA)
    lines, recips = [], []
    for r in rows:
        addr, mx, reply, stage, status, reason = r[:6]
        ip = ip_of(mx)
        if stage == "conn":
            lines.append(f"<{addr}>: delivery temporarily suspended: connect to {mx}[{ip}]:25: {reply}")
            diag = None
        elif stage == "greeting":
            lines.append(f"<{addr}>: host {mx}[{ip}] refused to talk to me: {reply}")
            diag = "smtp; " + reply
        elif stage == "dns":
            lines.append(f"<{addr}>: {reply}")
            diag = None
        else:
            lines.append(f"<{addr}>: host {mx}[{ip}] said: {reply} (in reply to {stage} command)")
            diag = "smtp; " + reply
        if diag:
            # Postfix keeps the reply's enhanced code, else derives X.0.0
            m = re.match(r"^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})\b", reply)
            status = m.group(1) if m else reply[0] + ".0.0"
        rec = {"final": addr, "original": addr, "action": "delayed" if delay else "failed", "status": status}
        if diag:
            rec["remote"] = mx
            rec["diag"] = diag
        recips.append(rec)
        code = reply.split()[0][:3] if diag and reply[:3].isdigit() else ""
        hard = r[6] if len(r) > 6 else (reason in ("userunknown", "hostunknown", "hasmoved", "notaccept") and status.startswith("5"))
        expect(name, addr, reason, hard, status, code, "delayed" if delay else "failed", vendor)
    wrapped = "\n".join(wrap(l) for l in lines)
    body = head + wrapped + "\n"
    d = t(n)
    an = n - 3 if not delay else n - delay * 60 // 7 - 1  # the queue held it this long
    hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", MTA, "Postfix", qid(name), d)])
    return dsn_mail(name, frm=f"MAILER-DAEMON@{MTA} (Mail Delivery System)", to=SENDER,
                    subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
                    date=d, host=MTA, hops=hops, text=body, recips=recips, arrival=t(an),
                    orig=orig(name, [r[0] for r in rows], n, sent=t(an)))


def wrap(line, width=72):
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = "    " + w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return "\n".join(out)


def zh_notice(name, n, *, frm, subject, scs, text, html=None, host, to=SENDER, cte="base64", ds=None,
              returned=True, extra=(), rcpts=(), ofrom=None):
    """A provider's own Chinese notice: text (and html) in charset scs,
    optionally a delivery-status part, and the returned message."""
    d = t(n)
    hops = received([(host, ip_of(host, "198.51.100"), "mx1.youpin-mall.example", "Postfix", qid(name), d)])
    tp = text_part(text, scs, cte)
    if html is not None:
        tp = multipart("alternative", [tp, text_part(html, scs, cte, "html")], boundary(name, 2))
    parts = [tp]
    if ds is not None:
        parts.append(ds)
    if returned:
        parts.append(part("message/rfc822", orig(name, list(rcpts), n, ofrom or to) + "\nThis month's deals: https://www.youpin-mall.example/1212\n", cte=None))
    subtype, params = ("report", " report-type=delivery-status;") if ds is not None else ("mixed", "")
    heads = [hops, ("Date", d), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    if len(parts) == 1 and html is None:
        return mail(heads, tp)
    return mail(heads, multipart(subtype, parts, boundary(name), params))


def html_of(text):
    return "<html><body>" + "".join(f"<p>{l}</p>" for l in text.strip().split("\n") if l) + "</body></html>"


# ---------------------------------------------------------------- bounces
W = lambda name, text: write(OUT, name, text)  # noqa: E731
QQMX = "mx3.qq.com"
BIZMX = "mxbiz1.qq.com"
NE = {"163.com": "163mx02.mxmail.netease.com", "126.com": "126mx01.mxmail.netease.com",
      "yeah.net": "yeahmx01.mxmail.netease.com", "188.com": "188mx00.mxmail.netease.com",
      "qiye": "qiye163mx01.mxmail.netease.com"}
QQHELP = "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no="

# 1-12: QQ / Exmail through the sender's Postfix
W("qq-mailbox-not-found-postfix.eml", pf("qq-mailbox-not-found-postfix.eml", 1, [
    ("3417750921@qq.com", QQMX, "550 Mailbox not found. " + QQHELP + "1000728", "RCPT TO", "5.0.0", "userunknown", True)], vendor="qq"))
W("qq-three-recipients-mixed.eml", pf("qq-three-recipients-mixed.eml", 2, [
    ("870015562@qq.com", QQMX, "550 Mailbox not found. " + QQHELP + "1000728", "RCPT TO", "5.0.0", "userunknown", True),
    ("liyan_2001@qq.com", QQMX, "550 Mailbox is frozen. " + QQHELP + "1000720", "RCPT TO", "5.0.0", "suspend"),
    ("zhou.bo@foxmail.com", QQMX, "552 Mailbox is full, quota exceeded. " + QQHELP + "1000729", "RCPT TO", "5.2.2", "mailboxfull")],
    vendor="qq"))
W("qq-domain-frequency-delayed.eml", pf("qq-domain-frequency-delayed.eml", 3, [
    ("2650319987@qq.com", QQMX, "451 Domain frequency limited, please try again later. " + QQHELP + "1000725", "MAIL FROM", "4.0.0", "ratelimited")],
    delay=4, vendor="qq"))
W("qq-connection-frequency.eml", pf("qq-connection-frequency.eml", 4, [
    ("495803126@qq.com", QQMX, "550 Connection frequency limited. " + QQHELP + "1000725", "MAIL FROM", "5.0.0", "ratelimited")], vendor="qq"))
W("qq-sender-domain-dns-check.eml", pf("qq-sender-domain-dns-check.eml", 5, [
    ("1183920574@qq.com", QQMX, "550 Domain may not exist or DNS check failed for envelope sender <" + SENDER + ">. " + QQHELP + "1000847",
     "MAIL FROM", "5.0.0", "rejected")], vendor="qq"))
W("qq-spam-suspected-content.eml", pf("qq-spam-suspected-content.eml", 6, [
    ("604417783@qq.com", QQMX, "550 Suspected spam, your message was rejected by the content filter. " + QQHELP + "1000726",
     "end of DATA", "5.0.0", "spamdetected")], vendor="qq"))
W("exmail-user-not-found.eml", pf("exmail-user-not-found.eml", 7, [
    ("zhangmin@ruida-tech.example", BIZMX, "550 Mailbox not found or access denied, recipient <zhangmin@ruida-tech.example> does not exist",
     "RCPT TO", "5.1.1", "userunknown")], vendor="exmail"))
W("exmail-mailbox-space-full.eml", pf("exmail-mailbox-space-full.eml", 8, [
    ("caiwu01@hengxin-auto.example", BIZMX, "552 User's mailbox space is insufficient, message refused", "RCPT TO", "5.2.2", "mailboxfull")],
    vendor="exmail"))
W("exmail-account-disabled.eml", pf("exmail-account-disabled.eml", 9, [
    ("wangjun@baihe-lighting.example", BIZMX, "550 The account has been disabled by the enterprise administrator", "RCPT TO", "5.2.1", "suspend")],
    vendor="exmail"))
W("qq-spf-check-failed.eml", pf("qq-spf-check-failed.eml", 10, [
    ("990264418@qq.com", QQMX, "550 SPF check failed: " + MTA_IP + " is not allowed to send for youpin-mall.example. " + QQHELP + "1001028",
     "MAIL FROM", "5.7.1", "authfailure")], vendor="qq"))

# QQ's own Chinese notices (a staff member sent through Exmail)
QQ_NOTICE_NEW = """您好，

很抱歉，您于 {when} 发出的邮件未能送达以下收件人：

    {rcpt}

退信原因：{why}

建议您：{advice}

----------------------------------------
此为系统自动发出的退信通知，请勿直接回复。
腾讯企业邮箱
"""
STAFF = "kefu@youpin-mall.example"


def qq_new(name, n, rcpt, why, advice, reason, reply="", status="", scs="gb18030", hard=None, vendor="exmail"):
    text = QQ_NOTICE_NEW.format(when="2026-12-02 22:31", rcpt=rcpt, why=why, advice=advice)
    W(name, zh_notice(name, n, frm=enc_header("系统退信", scs) + " <PostMaster@exmail.qq.com>", to=STAFF,
                      subject=enc_header("退信：关于双12备货的确认", scs), scs=scs, text=text, html=html_of(text),
                      host="smtpbg.qq.com", rcpts=[rcpt]))
    expect(name, rcpt, reason, reason in ("userunknown", "hostunknown") if hard is None else hard, status, reply, "failed", vendor)


qq_new("exmail-notice-recipient-missing-gb18030.eml", 11, "chenlu@jinfeng-packing.example",
       "收件人邮箱地址不存在（550 Mailbox not found）。", "请核对收件人地址是否拼写正确。", "userunknown", "550")
qq_new("exmail-notice-domain-no-mx-gb18030.eml", 12, "purchase@xinda-textile.example",
       "收件人所在的域名不存在，或该域名没有可用的邮件服务器（MX 记录查询失败）。", "请确认对方的邮箱域名是否正确。", "hostunknown")
qq_new("exmail-notice-frozen-gbk.eml", 13, "huangli@sanjiang-food.example",
       "收件人帐号已被冻结，暂时无法接收邮件。", "请通过其他方式联系收件人。", "suspend", scs="gbk")

# QQ personal, old layout: plain text in GB2312 quoted-printable, recipient only in the text
QQ_OLD = """此邮件是系统自动生成的退信，请不要回复。

您发给 {rcpt} 的邮件发送失败。

失败原因：{why}

如有疑问请访问 http://service.mail.qq.com/
"""


def qq_old(name, n, rcpt, why, reason, reply="", hard=None, scs="gb2312"):
    W(name, zh_notice(name, n, frm="PostMaster@qq.com", to="song.yu@youpin-mall.example",
                      subject=enc_header("退信", scs, "q"), scs=scs, cte="quoted-printable",
                      text=QQ_OLD.format(rcpt=rcpt, why=why), host="smtpbg65.qq.com", returned=False))
    expect(name, rcpt, reason, reason == "userunknown" if hard is None else hard, "", reply, "failed", "qq")


qq_old("qq-old-notice-mailbox-full-gb2312-qp.eml", 14, "718830042@qq.com",
       "对方邮箱容量已满，无法再接收新邮件。（552 mailbox full）", "mailboxfull", "552")
qq_old("qq-old-notice-no-such-user-gb2312-qp.eml", 15, "yaoyao19930517@qq.com",
       "该邮箱地址不存在，请检查后重新发送。", "userunknown")

# 16-30: NetEase
W("netease163-user-not-found.eml", pf("netease163-user-not-found.eml", 16, [
    ("xiaoqing_lin@163.com", NE["163.com"], "550 User not found: xiaoqing_lin@163.com", "RCPT TO", "5.1.1", "userunknown")], vendor="netease"))
W("netease126-two-recipients.eml", pf("netease126-two-recipients.eml", 17, [
    ("dada_mama@126.com", NE["126.com"], "550 User not found: dada_mama@126.com", "RCPT TO", "5.1.1", "userunknown"),
    ("sunny_home88@126.com", NE["126.com"], "552 Requested mail action aborted: exceeded mailbox storage quota", "RCPT TO", "5.2.2", "mailboxfull")],
    vendor="netease"))
W("netease163-hl-ifc-delayed.eml", pf("netease163-hl-ifc-delayed.eml", 18, [
    ("laowang_sh@163.com", NE["163.com"], "421 HL:IFC Connection refused: this IP sent a large number of mails in a short time (" + MTA_IP + ") https://help.mail.163.com/faq.do?m=list&categoryID=90",
     "MAIL FROM", "4.0.0", "ratelimited")], delay=4, vendor="netease"))
W("netease163-rp-qrc.eml", pf("netease163-rp-qrc.eml", 19, [
    ("ming.yue2012@163.com", NE["163.com"], "451 RP:QRC the number of recipients sent by this sender recently exceeds the limit https://help.mail.163.com/faq.do?m=list&categoryID=90",
     "RCPT TO", "4.0.0", "ratelimited")], delay=5, vendor="netease"))
W("neteaseyeah-dt-rbl.eml", pf("neteaseyeah-dt-rbl.eml", 20, [
    ("tea.garden@yeah.net", NE["yeah.net"], "554 DT:RBL sending IP " + MTA_IP + " is listed in one or more RBLs https://help.mail.163.com/faq.do?m=list&categoryID=90",
     "MAIL FROM", "5.7.1", "blocked")], vendor="netease"))
W("netease126-mi-spf.eml", pf("netease126-mi-spf.eml", 21, [
    ("book_worm_77@126.com", NE["126.com"], "550 MI:SPF mail sent from " + MTA_IP + " is not permitted by the SPF record of youpin-mall.example https://help.mail.163.com/faq.do?m=list&categoryID=90",
     "end of DATA", "5.7.1", "authfailure")], vendor="netease"))
W("netease163-dt-spm-451-delayed.eml", pf("netease163-dt-spm-451-delayed.eml", 22, [
    ("chen_jiayi@163.com", NE["163.com"], "451 DT:SPM 163 mx23,XsCowAB3v7w0 1764687900 the message content has many characteristics of spam, please try again later https://help.mail.163.com/faq.do?m=list&categoryID=90",
     "end of DATA", "4.0.0", "spamdetected")], delay=4, vendor="netease"))
W("netease188-illegal-attachment.eml", pf("netease188-illegal-attachment.eml", 23, [
    ("vip_zhao@188.com", NE["188.com"], "552 Illegal Attachment: the attachment type is not allowed (invoice_1212.scr)", "end of DATA", "5.7.0", "policyviolation")],
    vendor="netease"))
W("netease-qiye-user-suspended.eml", pf("netease-qiye-user-suspended.eml", 24, [
    ("luojie@zhonghe-pharma.example", NE["qiye"], "550 User suspended: luojie@zhonghe-pharma.example", "RCPT TO", "5.2.1", "suspend")], vendor="netease"))
W("netease163-hl-rep.eml", pf("netease163-hl-rep.eml", 25, [
    ("hangzhou_cat@163.com", NE["163.com"], "554 HL:REP this IP's sending behaviour is abnormal and its reputation is poor (" + MTA_IP + ") https://help.mail.163.com/faq.do?m=list&categoryID=90",
     "MAIL FROM", "5.7.1", "badreputation")], vendor="netease"))

# NetEase's own notices: current (UTF-8 HTML+text) and old (GBK plain)
NE_NEW = """尊敬的用户：

很遗憾，您的邮件未能成功投递给以下收件人：

收件人：{rcpt}
失败原因：{why}
对方服务器返回：{reply}

网易邮件中心
此邮件由系统自动发送，请勿回复。
"""


def ne_new(name, n, rcpt, why, reply, reason, status="", scs="utf-8", frm="postmaster@163.com", vendor="netease"):
    text = NE_NEW.format(rcpt=rcpt, why=why, reply=reply)
    W(name, zh_notice(name, n, frm=enc_header("网易邮件中心", scs) + " <" + frm + ">", to="song.yu@163.com",
                      subject=enc_header("系统退信", scs), scs=scs, text=text, html=html_of(text), host="m16.mail.163.com",
                      rcpts=[rcpt]))
    expect(name, rcpt, reason, reason in ("userunknown", "hostunknown"), status, reply[:3] if reply[:1].isdigit() else "", "failed", vendor)


ne_new("netease-notice-user-unknown-utf8.eml", 26, "gaoyuan@lanshan-school.example",
       "收件人地址不存在", "550 5.1.1 <gaoyuan@lanshan-school.example>: Recipient address rejected: User unknown in virtual mailbox table",
       "userunknown", "5.1.1")
ne_new("netease-notice-quota-gbk.eml", 27, "tianyu@hongmei-hotel.example",
       "收件人邮箱空间已满", "552 5.2.2 Mailbox over quota, cannot accept message", "mailboxfull", "5.2.2", scs="gbk")
ne_new("netease-notice-domain-missing-gb18030.eml", 28, "sales@dongsheng-bearing.example",
       "收件人域名不存在（找不到该域名的邮件服务器）", "(无)", "hostunknown", scs="gb18030")

NE_OLD = """这是网易邮件系统的退信。

抱歉，您的邮件被退回来了……

原邮件信息：
  时  间：2026-12-02 23:10:44
  收件人：{rcpts}

退信原因：
{why}
"""


def ne_old(name, n, rcpts, why, reasons, reply=""):
    W(name, zh_notice(name, n, frm="Postmaster@126.com", to="song_yu@126.com",
                      subject=enc_header("系统退信", "gbk"), scs="gbk", cte="base64",
                      text=NE_OLD.format(rcpts="，".join(rcpts), why=why), host="m13-51.126.com", rcpts=rcpts))
    for r, reason in zip(rcpts, reasons):
        expect(name, r, reason, reason == "userunknown", "", reply, "failed", "netease")


ne_old("netease126-old-notice-two-unknown-gbk.eml", 29, ["dongmei@fuyuan-ceramics.example", "jianghao@fuyuan-ceramics.example"],
       "对方服务器说：550 Invalid recipient, no such mailbox here\n两位收件人的地址均不存在。", ["userunknown", "userunknown"], "550")
ne_old("netease126-old-notice-size-gbk.eml", 30, ["design_team@qingshan-print.example"],
       "邮件大小超过了收件方服务器允许的上限（552 message size exceeds fixed maximum message size）", ["emailtoolarge"], "552")

# 31-36: Sina, Sohu
W("sina-user-unknown-postfix.eml", pf("sina-user-unknown-postfix.eml", 31, [
    ("happy_lulu@sina.com", "freemx1.sinamail.sina.com.cn", "550 5.1.1 <happy_lulu@sina.com>: Recipient address rejected: User unknown", "RCPT TO", "5.1.1", "userunknown")],
    vendor="sina"))
W("sina-cn-mailbox-full.eml", pf("sina-cn-mailbox-full.eml", 32, [
    ("wuyue1990@sina.cn", "mx.sina.cn", "552 5.2.2 <wuyue1990@sina.cn>: user mailbox is full", "RCPT TO", "5.2.2", "mailboxfull")], vendor="sina"))
W("sina-spam-rejected.eml", pf("sina-spam-rejected.eml", 33, [
    ("tianlan_99@sina.com", "freemx1.sinamail.sina.com.cn", "554 5.7.1 Message rejected: this message looks like junk mail, content scored too high", "end of DATA", "5.7.1", "spamdetected")],
    vendor="sina"))
W("sohu-user-not-exist.eml", pf("sohu-user-not-exist.eml", 34, [
    ("ranran_1986@sohu.com", "mx.sohu.com", "550 5.1.1 User not exist, please check the address", "RCPT TO", "5.1.1", "userunknown")], vendor="sohu"))
W("sohu-account-inactive.eml", pf("sohu-account-inactive.eml", 35, [
    ("lao_zhang_bj@sohu.com", "mx.sohu.com", "550 5.2.1 Mailbox inactive: account not used for a long time and has been suspended", "RCPT TO", "5.2.1", "suspend")],
    vendor="sohu"))

SOHU_NOTICE = """您好！

此信是搜狐闪电邮件系统的退信通知。
您的邮件无法投递到 {rcpt}
原因：{why}

请勿回复此邮件。
"""
n = 36
W("sohu-notice-throttled-gb2312.eml", zh_notice("sohu-notice-throttled-gb2312.eml", n, frm="postmaster@sohu.com", to="youpin_service@sohu.com",
  subject=enc_header("退信通知", "gb2312"), scs="gb2312", host="smtp2.sohu.com",
  text=SOHU_NOTICE.format(rcpt="mingliang@huayu-trading.example",
                          why="对方服务器返回 450 4.7.1 Too many messages from your IP, slow down。发送频率过高，系统已放弃投递。"),
  returned=False))
expect("sohu-notice-throttled-gb2312.eml", "mingliang@huayu-trading.example", "ratelimited", False, "4.7.1", "450", "failed", "sohu")

# 37-43: Aliyun personal and enterprise
W("aliyun-mailbox-not-exist.eml", pf("aliyun-mailbox-not-exist.eml", 37, [
    ("xiaofeng_hz@aliyun.com", "mx1.aliyun.com", "551 5.1.1 recipient mailbox does not exist: xiaofeng_hz@aliyun.com", "RCPT TO", "5.1.1", "userunknown")],
    vendor="aliyun"))
W("aliyun-qiye-over-quota.eml", pf("aliyun-qiye-over-quota.eml", 38, [
    ("kuaiji@tianma-steel.example", "mxw.mxhichina.com", "552 5.2.2 the recipient's storage space has been used up", "RCPT TO", "5.2.2", "mailboxfull")],
    vendor="aliyun"))
W("aliyun-qiye-spam-delayed.eml", pf("aliyun-qiye-spam-delayed.eml", 39, [
    ("hr@qiming-edu.example", "mxn.mxhichina.com", "451 4.7.1 Content temporarily rejected as suspected spam, try later", "end of DATA", "4.7.1", "spamdetected")],
    delay=6, vendor="aliyun"))

ALI_NOTICE = """您好，

这是阿里邮箱的系统退信。以下邮件没有投递成功：

主题：双12备货确认
收件人：{rcpt}
退信原因：{why}

更多帮助：https://help.aliyun.com/
"""


def ali(name, n, rcpt, why, reason, scs, cte="base64", reply="", status="", hard=None):
    W(name, zh_notice(name, n, frm="postmaster@mxhichina.com", to="caigou@youpin-mall.example",
                      subject=enc_header("退信：双12备货确认", scs), scs=scs, cte=cte,
                      text=ALI_NOTICE.format(rcpt=rcpt, why=why), host="out30-17.freemail.mail.aliyun.com",
                      rcpts=[rcpt]))
    expect(name, rcpt, reason, (reason in ("userunknown", "hostunknown")) if hard is None else hard, status, reply, "failed", "aliyun")


ali("aliyun-notice-no-account-gb18030.eml", 40, "zhoubin@kaixuan-furniture.example",
    "收件人账号不存在（550 5.1.1 user not found）", "userunknown", "gb18030", reply="550", status="5.1.1")
ali("aliyun-notice-stopped-account-gbk-qp.eml", 41, "lijuan@shunfa-logistics.example",
    "收件人账号已停用，无法接收邮件", "suspend", "gbk", "quoted-printable")
ali("aliyun-notice-gave-up-utf8.eml", 42, "order@yuanhang-marine.example",
    "对方邮件服务器连续 48 小时无法连接（Connection timed out），投递超时，系统已停止重试", "expired", "utf-8")

# 43-50: Coremail-hosted companies and universities
CM_NOTICE = """此邮件是由 Coremail 邮件系统自动发出的退信，请勿回复。

您发送的邮件未能送达：

  收件人：{rcpt}
  原因：{why}
  服务器返回：{reply}

发送时间：2026-12-02 23:40:12
"""


def coremail(name, n, host, rcpt, why, reply, reason, scs="utf-8", cte="quoted-printable", status="", dsn=False):
    ds = None
    if dsn:
        ds = delivery_status(host, [{"final": rcpt, "original": rcpt, "status": status or "5.0.0", "diag": reply}], t(n - 2))
    W(name, zh_notice(name, n, frm="postmaster@" + host.split(".", 1)[1], to="student.union@youpin-mall.example",
                      subject=enc_header("退信通知：系统退信", scs), scs=scs, cte=cte, host=host, ds=ds,
                      text=CM_NOTICE.format(rcpt=rcpt, why=why, reply=reply), rcpts=[rcpt]))
    expect(name, rcpt, reason, reason in ("userunknown", "hostunknown") and not status.startswith("4"),
           status if dsn else "", reply[:3] if reply[:1].isdigit() else "", "failed", "coremail")


coremail("coremail-univ-user-unknown-utf8-qp.eml", 43, "mail.huadong-univ.example", "2019310456@huadong-univ.example",
         "收件人不存在", "550 User not found or disabled: 2019310456@huadong-univ.example", "userunknown", status="5.1.1", dsn=True)
coremail("coremail-univ-graduated-closed-gb2312.eml", 44, "mail.xinan-normal.example", "lily.wang@xinan-normal.example",
         "该账户已注销（学生毕业后邮箱已关闭）", "550 Account closed", "userunknown", scs="gb2312", cte="base64")
coremail("coremail-company-quota-gbk.eml", 45, "mail.jiahe-electric.example", "sale03@jiahe-electric.example",
         "收件人邮箱已满", "552 Mailbox size limit exceeded", "mailboxfull", scs="gbk", cte="base64", status="5.2.2", dsn=True)
coremail("coremail-company-content-filter-utf8.eml", 46, "mail.baoli-chem.example", "tech@baoli-chem.example",
         "邮件内容被反垃圾系统判定为垃圾邮件，已拒收", "554 5.7.1 Rejected by anti-spam engine (score 18.4)", "spamdetected", status="5.7.1", dsn=True)
coremail("coremail-company-sender-blacklisted-gb18030.eml", 47, "mail.hongtu-machinery.example", "gm@hongtu-machinery.example",
         "收件人已将您的地址加入黑名单，邮件被拒收", "554 Sender is in recipient's blacklist", "filtered", scs="gb18030", cte="base64")
W("coremail-univ-ip-blocked.eml", pf("coremail-univ-ip-blocked.eml", 48, [
    ("chen.hao@mails.beifang-tech.example", "mx.beifang-tech.example",
     "554 IP " + MTA_IP + " is rejected by local blacklist, contact postmaster of beifang-tech.example", "greeting", "5.7.1", "blocked")],
    vendor="coremail"))
W("coremail-univ-too-many-recipients.eml", pf("coremail-univ-too-many-recipients.eml", 49, [
    ("2021110078@stu.zhongyuan-univ.example", "mx.zhongyuan-univ.example", "452 4.5.3 Too many recipients in this session, try later", "RCPT TO", "4.5.3", "ratelimited")],
    delay=4, vendor="coremail"))

# 50-56: 139, 189, wo.cn, 21cn, Tom
W("cmcc139-user-not-found.eml", pf("cmcc139-user-not-found.eml", 50, [
    ("13812345678@139.com", "mx1.mail.139.com", "550 5.1.1 Mailbox unavailable: user not found", "RCPT TO", "5.1.1", "userunknown")], vendor="139"))
W("cmcc139-mailbox-full-delayed.eml", pf("cmcc139-mailbox-full-delayed.eml", 51, [
    ("15098765432@139.com", "mx1.mail.139.com", "452 4.2.2 Mailbox full, please try again later", "RCPT TO", "4.2.2", "mailboxfull")],
    delay=8, vendor="139"))
W("ct189-spam-content.eml", pf("ct189-spam-content.eml", 52, [
    ("18988887777@189.cn", "mta-189.21cn.com", "554 5.7.1 Spam content detected, message refused", "end of DATA", "5.7.1", "spamdetected")], vendor="189"))
W("wocn-invalid-user.eml", pf("wocn-invalid-user.eml", 53, [
    ("18611112222@wo.cn", "mx.wo.cn", "550 5.1.1 Invalid recipient <18611112222@wo.cn>", "RCPT TO", "5.1.1", "userunknown")], vendor="wocn"))
W("21cn-unknown-user.eml", pf("21cn-unknown-user.eml", 54, [
    ("lucky_star@21cn.com", "mx.21cn.com", "550 Unknown user lucky_star@21cn.com", "RCPT TO", "", "userunknown", True)], vendor="21cn"))
W("tom-user-unknown.eml", pf("tom-user-unknown.eml", 55, [
    ("xiaoyu_2008@tom.com", "mx.tom.com", "550 5.1.1 <xiaoyu_2008@tom.com>... User unknown", "RCPT TO", "5.1.1", "userunknown")], vendor="tom"))
W("tom-vip-closed-delivery.eml", pf("tom-vip-closed-delivery.eml", 56, [
    ("jinqiao_trade@vip.tom.com", "mx.vip.tom.com", "550 5.2.1 Mailbox disabled: this VIP account has expired and been closed for delivery", "RCPT TO", "5.2.1", "suspend")],
    vendor="tom"))

# 57-64: Gmail, Outlook, Yahoo for customers abroad; domains gone
GM = "gmail-smtp-in.l.google.com"
W("gmail-no-such-user.eml", pf("gmail-no-such-user.eml", 57, [
    ("wenjing.liu.sf@gmail.com", GM, "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-42e1c2f1a7asi9912345f8a.301 - gsmtp",
     "RCPT TO", "5.1.1", "userunknown")], vendor="gmail"))
W("gmail-inbox-full-inactive.eml", pf("gmail-inbox-full-inactive.eml", 58, [
    ("tony.zhao.melb@gmail.com", GM, "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm 41be03b00d2f7-7f4a1a2b3c4si1234567a12.512 - gsmtp",
     "RCPT TO", "5.2.2", "mailboxfull")], vendor="gmail"))
W("gmail-rate-unusual-volume-delayed.eml", pf("gmail-rate-unusual-volume-delayed.eml", 59, [
    ("amy.chen.vancouver@gmail.com", GM, "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. 421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError d9443c01a7336-2e1b0a3c5d6si123456.99 - gsmtp",
     "end of DATA", "4.7.0", "ratelimited")], delay=4, vendor="gmail"))
W("outlook-recipient-rejected.eml", pf("outlook-recipient-rejected.eml", 60, [
    ("zhang.mei.uk@outlook.com", "outlook-com.olc.protection.outlook.com", "550 5.5.0 Requested action not taken: mailbox unavailable. [DB5PEPF00014B9E.eurprd02.prod.outlook.com 2026-12-02T15:51:07.123Z 08DD1A2B3C4D5E6F]",
     "RCPT TO", "5.5.0", "userunknown", True)], vendor="outlook"))
W("hotmail-mailbox-full.eml", pf("hotmail-mailbox-full.eml", 61, [
    ("kevin_wu1988@hotmail.com", "hotmail-com.olc.protection.outlook.com", "552 5.2.2 Requested action not taken: the recipient's mailbox is full and cannot accept messages now. [SJ1PEPF00001234.namprd05.prod.outlook.com]",
     "RCPT TO", "5.2.2", "mailboxfull")], vendor="outlook"))
W("yahoo-mailbox-not-found.eml", pf("yahoo-mailbox-not-found.eml", 62, [
    ("grace_lin_tw@yahoo.com", "mta7.am0.yahoodns.net", "552 1 Requested mail action aborted, mailbox not found", "RCPT TO", "5.0.0", "userunknown", True)],
    vendor="yahoo"))
W("domain-gone-no-mx-three.eml", pf("domain-gone-no-mx-three.eml", 63, [
    ("boss@jinyuan-toys-2015.example", "", "Host or domain name not found. Name service error for name=jinyuan-toys-2015.example type=MX: Host not found", "dns", "5.1.2", "hostunknown"),
    ("sales@yuefeng-trading-old.example", "", "Host or domain name not found. Name service error for name=yuefeng-trading-old.example type=A: Host not found", "dns", "5.1.2", "hostunknown"),
    ("584420017@qq.con", "", "Host or domain name not found. Name service error for name=qq.con type=A: Host not found", "dns", "5.1.2", "hostunknown")]))
W("domain-expired-gave-up.eml", pf("domain-expired-gave-up.eml", 64, [
    ("service@lanting-tea-shop.example", "mx.lanting-tea-shop.example", "Connection timed out", "conn", "4.4.1", "expired", False)]))

# 65-68: Big5 notices, Exchange/Outlook in traditional Chinese
BIG5_EXCH = """無法傳遞給下列收件者或群組：

{rcpt}
{why}

診斷資訊 (系統管理員用)：

產生伺服器：{host}

{rcpt}
Remote Server returned '{reply}'
"""


def big5(name, n, rcpt, why, reply, reason, status, host):
    text = BIG5_EXCH.format(rcpt=rcpt, why=why, reply=reply, host=host)
    ds = delivery_status(host, [{"final": rcpt, "original": rcpt, "status": status, "diag": reply}], t(n - 2))
    W(name, zh_notice(name, n, frm="Microsoft Outlook <postmaster@hk.youpin-mall.example>", to="hk.service@hk.youpin-mall.example",
                      subject=enc_header("無法傳遞: 雙12預熱活動", "big5"), scs="big5", host=host, ds=ds, text=text, html=html_of(text),
                      rcpts=[rcpt]))
    expect(name, rcpt, reason, reason == "userunknown", status, reply[:3], "failed", "exchange")


big5("exchange-big5-recipient-not-found.eml", 65, "cheung.wingyan@kowloon-optical.example",
     "找不到您嘗試連絡的電子郵件地址。請檢查收件者的電子郵件地址，然後再試一次。",
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "userunknown", "5.1.10",
     "HK2PR01MB1234.apcprd01.prod.exchangelabs.com")
big5("exchange-big5-mailbox-full.eml", 66, "lin.yating@taoyuan-parts.example",
     "收件者的信箱已滿，目前無法接受郵件。請稍後再試，或直接與收件者聯絡。",
     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", "mailboxfull", "5.2.2",
     "TY0PR06MB5678.apcprd06.prod.outlook.com")

# 67-72: the rarer tail
W("netease163-dmarc-reject.eml", pf("netease163-dmarc-reject.eml", 67, [
    ("jiangnan_yu@163.com", NE["163.com"], "550 MI:DMA the message is not permitted by the DMARC policy of the From domain youpin-mall.example https://help.mail.163.com/faq.do?m=list&categoryID=90",
     "end of DATA", "5.7.1", "authfailure")], vendor="netease"))
W("exmail-virus-attachment.eml", pf("exmail-virus-attachment.eml", 68, [
    ("xiaoli@chuangxin-media.example", BIZMX, "554 Message rejected: a virus (Trojan.Win32.Agent) was found in the attachment", "end of DATA", "5.7.1", "virusdetected")],
    vendor="exmail"))
W("sina-vip-relay-denied.eml", pf("sina-vip-relay-denied.eml", 69, [
    ("boss_liu@vip.sina.com", "mx.vip.sina.com", "554 5.7.1 <boss_liu@vip.sina.com>: Relay access denied", "RCPT TO", "5.7.1", "norelaying")], vendor="sina"))
W("qq-no-ptr-delayed.eml", pf("qq-no-ptr-delayed.eml", 70, [
    ("1730092265@qq.com", QQMX, "450 Your IP " + MTA_IP + " has no PTR record (reverse DNS lookup failed), connection rejected. " + QQHELP + "1001018",
     "greeting", "4.7.1", "requireptr")], delay=4, vendor="qq"))
W("coremail-moved-to-new-address.eml", pf("coremail-moved-to-new-address.eml", 71, [
    ("zhao.qi@old-dept.dongfang-univ.example", "mx.old-dept.dongfang-univ.example",
     "551 5.1.6 User has moved; the mailbox is no longer in use, please write to the new address at the school's main domain", "RCPT TO", "5.1.6", "hasmoved")],
    vendor="coremail"))
W("aliyun-message-store-unavailable-delayed.eml", pf("aliyun-message-store-unavailable-delayed.eml", 72, [
    ("xuejing@aliyun.com", "mx1.aliyun.com", "450 4.3.0 Temporary local problem, message store unavailable, please try later", "RCPT TO", "4.3.0", "systemerror")],
    delay=4, vendor="aliyun"))

# 73-74: Chinese delay notices ("the system will keep trying")
QQ_DELAY = """您好，

您于 2026-12-02 22:40 发给 {rcpt} 的邮件暂时未能投递。

原因：{why}

系统会继续尝试投递，如果 {hours} 小时后仍未成功，您将收到退信通知。您无需重新发送。

腾讯企业邮箱
"""
name = "exmail-notice-delay-quota-gb18030.eml"
text = QQ_DELAY.format(rcpt="zhaomin@huasheng-garment.example", why="收件人邮箱已满（452 4.2.2 Mailbox full）", hours=72)
W(name, zh_notice(name, 73, frm=enc_header("系统退信", "gb18030") + " <PostMaster@exmail.qq.com>", to=STAFF,
                  subject=enc_header("邮件延迟投递通知", "gb18030"), scs="gb18030", text=text, html=html_of(text),
                  host="smtpbg.qq.com", returned=False))
expect(name, "zhaomin@huasheng-garment.example", "mailboxfull", False, "4.2.2", "452", "delayed", "exmail")

NE_DELAY = """这是网易邮件系统的延迟投递通知，不是退信。

您的邮件暂时无法送达以下收件人：
  {rcpt}

原因：连接收件方邮件服务器 {mx} 超时（Connection timed out），对方服务器可能暂时无法访问。
系统会继续尝试发送，最长重试 5 天。
"""
name = "netease-notice-delay-timeout-gbk-qp.eml"
text = NE_DELAY.format(rcpt="info@mingyang-solar.example", mx="mail.mingyang-solar.example")
W(name, zh_notice(name, 74, frm="Postmaster@163.com", to="song_yu@163.com", subject=enc_header("延迟投递通知", "gbk"),
                  scs="gbk", cte="quoted-printable", text=text, host="m16.mail.163.com", rcpts=["info@mingyang-solar.example"]))
expect(name, "info@mingyang-solar.example", "networkerror", False, "", "", "delayed", "netease")

# ---------------------------------------------------------------- near-misses


def human(name, n, frm, subject, text, scs="utf-8", cte="base64", to=SENDER, host="smtp.qq.com", extra=()):
    d = t(n)
    hops = received([(host, ip_of(name, "198.51.100"), "mx1.youpin-mall.example", "Postfix", qid(name), d)])
    heads = [hops, ("Date", d), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    write(NB, name, mail(heads, text_part(text, scs, cte)))


QUOTE = "\n\n------------------ 原始邮件 ------------------\n发件人: \"优品商城\" <news@edm.youpin-mall.example>\n主题: 【优品商城】双12预热：全场满300减50\n\n全场满300减50，今晚0点开抢……\n"
human("nb-zh-reply-qing-tuiding-gbk.eml", 80, "=?gbk?B?" + __import__("base64").b64encode("王阿姨".encode("gbk")).decode() + "?= <1372209981@qq.com>",
      enc_header("回复：【优品商城】双12预热", "gbk"), "请退订，谢谢。以后不要再发了，我的邮箱都快被你们塞满了。" + QUOTE, "gbk")
human("nb-zh-reply-dizhi-cuo-le-utf8.eml", 81, "Liu Peng <liupeng_77@163.com>", enc_header("Re: 【优品商城】双12预热", "utf-8"),
      "你们发错人了，地址错了。我不是你们的会员，这个邮箱也不是我注册的。\n请核对你们的收件人列表，把 liupeng_77@163.com 删掉。" + QUOTE,
      host="m16.mail.163.com")
human("nb-zh-reply-order-question-gb18030.eml", 82, "zhangxiaohong@sina.com", enc_header("回复: 双12预热 - 订单还没到", "gb18030"),
      "你好，我上周的订单（号码 2026112812345）到现在还没收到，物流显示已退回发件地。麻烦查一下，是不是地址填错了？" + QUOTE, "gb18030",
      host="smtp-5-121.smtpsmail.fmail.sina.com.cn")
human("nb-zh-customer-stop-spam-gb2312.eml", 83, "chen_laoshi@126.com", enc_header("别再给我发垃圾邮件", "gb2312"),
      "已经点过三次退订了，还是每天收到。再发我就举报到12321了。", "gb2312", "quoted-printable", host="m13-44.126.com")
human("nb-zh-colleague-mailbox-full-please-resend.eml", 84, enc_header("杨帆", "utf-8") + " <yangfan@youpin-mall.example>",
      enc_header("我邮箱满了，附件请发到QQ邮箱", "utf-8"),
      "小宋，\n我公司邮箱容量已满，刚才的报价单没收到完整附件。麻烦重新发到我QQ邮箱 281139950@qq.com，谢谢。\n\n杨帆", to="song.yu@youpin-mall.example",
      host="smtp.youpin-mall.example")
human("nb-zh-spam-fapiao-gbk.eml", 85, "=?gbk?B?" + __import__("base64").b64encode("财务代理".encode("gbk")).decode() + "?= <kf8892@mail-ad.example>",
      enc_header("代开各类发票，税点低，可验证后付款", "gbk"),
      "您好！本公司长期代开增值税普通发票、专用发票，可网上查验，先验后付。\n联系人：李经理 电话 13800000000（微信同号）\n如不需要，请回复退订。", "gbk",
      host="mail-ad.example")
human("nb-zh-spam-seo-ranking-gb2312.eml", 86, "seo-master@promo-cn.example", enc_header("网站排名首页，7天见效，无效退款", "gb2312"),
      "贵公司网站 youpin-mall.example 目前在百度的排名靠后。我们提供关键词优化、邮件群发、短信群发服务，送达率99%，无退信。\n回复TD退订。",
      "gb2312", host="promo-cn.example")
human("nb-zh-it-notice-mailbox-capacity-gb2312.eml", 87, enc_header("信息技术部", "gb2312") + " <it@youpin-mall.example>",
      enc_header("【通知】关于调整员工邮箱容量的说明", "gb2312"),
      "各位同事：\n\n自12月10日起，员工邮箱容量由5GB调整为10GB。邮箱使用量超过90%时，系统将发送提醒；邮箱满后外部来信会被退回给发件人。\n请定期清理大附件，归档历史邮件。\n\n信息技术部\n2026年12月2日",
      "gb2312", to="all-staff@youpin-mall.example", host="smtp.youpin-mall.example")
human("nb-zh-qq-remote-login-alert-utf8.eml", 88, enc_header("QQ邮箱团队", "utf-8") + " <10000@qq.com>", enc_header("QQ邮箱异地登录提醒", "utf-8"),
      "亲爱的用户：\n\n您的QQ邮箱 song.yu@foxmail.com 于 2026-12-02 23:58 在 广东省深圳市 登录，与您常用的登录地不同。\n如果这不是您本人的操作，请立即修改密码并开启独立密码。\n\nQQ邮箱团队\n(这是一封自动发送的邮件，请不要直接回复)",
      to="song.yu@foxmail.com", host="newxmesmtplogicsvrszc5.qq.com", extra=[("Auto-Submitted", "auto-generated")])
human("nb-zh-netease-remote-login-gbk.eml", 89, enc_header("网易邮箱帐号安全中心", "gbk") + " <safe@service.netease.com>",
      enc_header("您的邮箱在异地登录", "gbk"),
      "尊敬的 song_yu@126.com：\n\n系统检测到您的邮箱于 12月3日 00:12 在 浙江省杭州市（IP 198.51.100.77）登录。\n若非本人操作，您的帐号可能存在被盗风险，请及时修改密码。\n\n网易邮箱帐号安全中心",
      "gbk", to="song_yu@126.com", host="mail.service.netease.com", extra=[("Auto-Submitted", "auto-generated")])
human("nb-zh-newsletter-delivery-rate-utf8.eml", 90, enc_header("邮件营销周刊", "utf-8") + " <weekly@edm-insight.example>",
      enc_header("第48期：如何把邮件送达率提升到98%", "utf-8"),
      "本期要点：\n\n1. 邮件送达率与退信率：硬退信（地址不存在、域名不存在）应立即从名单删除；软退信（邮箱已满、频率受限）可以重试三次。\n2. QQ邮箱与网易邮箱的常见退信码：550 Mailbox not found、451 DT:SPM、421 HL:ICC 分别代表什么？\n3. SPF、DKIM、DMARC 配置清单。\n\n退订本周刊：https://edm-insight.example/unsub",
      host="mta3.edm-insight.example", extra=[("List-Unsubscribe", "<https://edm-insight.example/unsub>"), ("Precedence", "bulk")])
human("nb-zh-phish-mailbox-full-gb18030.eml", 91, enc_header("邮件系统管理员", "gb18030") + " <admin@mailbox-upgrade.example>",
      enc_header("您的邮箱空间已满，新邮件将被退回", "gb18030"),
      "尊敬的用户：\n您的邮箱空间已使用 99%，24小时内新邮件将被系统退回。\n请点击下面链接验证您的帐号并免费扩容：\nhttp://mailbox-upgrade.example/verify\n\n系统管理员",
      "gb18030", to="caiwu@youpin-mall.example", host="mailbox-upgrade.example")
human("nb-zh-parcel-returned-kuaidi-gbk.eml", 92, enc_header("顺丰速运", "gbk") + " <notice@express-cn.example>",
      enc_header("您的快件已退回寄件人", "gbk"),
      "尊敬的客户：您的快件 SF1234567890123 因收件地址错误、电话无人接听，已于12月2日退回寄件人。\n如需重新派送，请联系客服 95338。",
      "gbk", to="wuliu@youpin-mall.example", host="express-cn.example")
human("nb-zh-refund-tuikuan-utf8.eml", 93, enc_header("支付中心", "utf-8") + " <pay@youpin-mall.example>",
      enc_header("退款通知：订单 2026120100321 已退回原支付账户", "utf-8"),
      "您好，您申请的退款 ¥258.00 已退回原支付账户，预计1-3个工作日到账。\n退款原因：收货地址无法送达，快递退回。",
      to="customer.li@example.com", host="smtp.youpin-mall.example")
human("nb-zh-subscribe-confirm-utf8.eml", 94, "news@edm.youpin-mall.example", enc_header("请确认订阅优品商城资讯", "utf-8"),
      "您好，请点击以下链接确认订阅：\nhttps://edm.youpin-mall.example/confirm?k=8f3a\n如果您没有订阅，请忽略本邮件，您的地址不会收到任何邮件。",
      to="new.member@example.net", host="edm-out2.youpin-mall.example")
human("nb-zh-helpdesk-ticket-no-mail-gb2312.eml", 95, enc_header("客服工单系统", "gb2312") + " <helpdesk@youpin-mall.example>",
      enc_header("[工单#20981] 客户反映收不到验证码邮件", "gb2312"),
      "工单内容：\n客户 user_8823@qq.com 反映收不到注册验证码。日志显示对方返回“550 Mailbox not found”，可能是客户把地址输错了。\n处理人：宋宇\n状态：待回复客户",
      "gb2312", to="song.yu@youpin-mall.example", host="smtp.youpin-mall.example")
human("nb-zh-it-notice-migration-big5.eml", 96, "it@hk.youpin-mall.example", enc_header("郵件系統遷移通知", "big5"),
      "各位同事：\n\n本週六晚上 23:00 至 02:00 進行郵件系統遷移，期間外部來信可能延遲，但不會退信。\n遷移完成後請重新設定 Outlook。\n\n資訊科技部",
      "big5", to="staff-hk@youpin-mall.example", host="smtp.hk.youpin-mall.example")
human("nb-zh-exmail-admin-weekly-report-gb18030.eml", 97, enc_header("腾讯企业邮箱", "gb18030") + " <exmail_report@tencent.com>",
      enc_header("企业邮箱管理周报（11.25-12.01）", "gb18030"),
      "管理员您好：\n\n上周贵公司共发出邮件 12,480 封，收到邮件 9,311 封；被退回邮件 86 封（其中收件人不存在 51 封，对方邮箱已满 12 封）。\n有 2 个成员帐号在异地登录，请留意。\n\n腾讯企业邮箱",
      "gb18030", to="admin@youpin-mall.example", host="smtpbg.qq.com")
human("nb-zh-forum-discussion-550-utf8.eml", 98, "postfix-cn@lists.mailtech-cn.example", enc_header("Re: [邮件技术] QQ邮箱 550 Mailbox not found 怎么处理", "utf-8"),
      "> 我们群发到QQ邮箱，总有一批 550 Mailbox not found，是不是被封了？\n\n不是封禁，是地址不存在，属于硬退信，直接从名单删掉即可。被限频的话对方会回 Connection frequency limited。\n\n-- \n邮件技术讨论组",
      host="lists.mailtech-cn.example", extra=[("List-Id", "<mailtech-cn.lists.mailtech-cn.example>"), ("Precedence", "list")])
human("nb-zh-wallet-account-frozen-gbk.eml", 99, enc_header("钱包服务", "gbk") + " <service@wallet-cn.example>",
      enc_header("您的账户已被冻结", "gbk"),
      "尊敬的用户：因检测到异常交易，您的钱包账户已被临时冻结。请携带身份证件前往营业厅解冻，或拨打客服热线。",
      "gbk", to="song.yu@youpin-mall.example", host="wallet-cn.example")

write_expected(os.path.join(OUT, "expected.jsonl"))
