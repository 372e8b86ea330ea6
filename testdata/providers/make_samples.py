#!/usr/bin/env python3
"""Write the provider sample bounces of testdata/providers/.

Every message here was written by hand for the bounce project, from what
these providers' bounces look like; none is a real capture. The script is
deterministic and uses no network: run it (python3 make_samples.py) in this
directory and it rewrites the *.eml files and expected.jsonl.

Addresses: senders use example.com / example.net / example.cn, the sending
MTA is 203.0.113.25 (TEST-NET-3). Recipients are made-up mailboxes at the
providers' own domains (qq.com, 163.com, gmail.com ...), or at example
domains that the provider hosts (Exmail, Aliyun, Office 365).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The helpers shared with testdata/mtas/make_samples.py live in testdata/.
sys.path.insert(0, os.path.join(HERE, ".."))

from mailsamples import (  # noqa: E402
    SENDER_IP, Samples, b64, ew, exim, exim_warning, exp, gsmtp, original,
    postfix, qp, subj)

SAMPLES = Samples()
add = SAMPLES.add


# ============================================================= Tencent

QQ_HELP = "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no="

# tencent-01: the old qmail-send bounce of QQ's outbound relays.
o = original("Alice Wang <alice@example.cn>", "nosuchuser@qq.com",
             "Re: sample order", "<20120312101455.4711.alice@example.cn>",
             "Mon, 12 Mar 2012 18:14:55 +0800",
             "Hi,\n\nPlease find the sample order below.\n\nAlice\n",
             via="smtp.exmail.qq.com (NewEsmtp)", via_qid="4F5D9A3E", client_ip="198.51.100.77")
msg = (
    "Return-Path: <>\n"
    "Received: from smtpbg58.qq.com (unknown [183.60.8.121])\n"
    "\tby mx.example.cn (Postfix) with SMTP id 6C1A82B0014\n"
    "\tfor <alice@example.cn>; Mon, 12 Mar 2012 18:15:09 +0800 (CST)\n"
    "Received: (qmail 29563 invoked for bounce); Mon, 12 Mar 2012 18:15:02 +0800\n"
    "Date: Mon, 12 Mar 2012 18:15:02 +0800\n"
    "From: MAILER-DAEMON@smtpbg58.qq.com\n"
    "To: alice@example.cn\n"
    "Subject: failure notice\n"
    "Message-ID: <1331547302.29563.smtpbg58@qq.com>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "Hi. This is the qmail-send program at smtpbg58.qq.com.\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n"
    "\n"
    "<nosuchuser@qq.com>:\n"
    "183.3.226.35 does not like recipient.\n"
    "Remote host said: 550 Mailbox not found. " + QQ_HELP + "1000728\n"
    "Giving up on 183.3.226.35.\n"
    "\n"
    "--- Below this line is a copy of the message.\n"
    "\n" + o)
add("tencent-01.eml", msg, [exp("nosuchuser@qq.com", "userunknown", "", "550", "tencent")])

# tencent-02: Postfix, QQ refuses RCPT with "Mailbox unavailable or access denied".
o = original("Alice Chen <alice@example.com>", "zhangwei1987@qq.com",
             "Invitation: product review, Thursday", "<c3f1a6e0-2b7d-4d1e-9b0e-5f2a1c9d7e11@example.com>",
             "Tue, 14 Nov 2023 18:31:02 +0800", "Hello,\n\nCould you join the product review on Thursday at 15:00?\n\nAlice\n")
add("tencent-02.eml", postfix(
    qid="4SV1Kq0mJ1z9sWX", date="Tue, 14 Nov 2023 18:31:07 +0800 (CST)",
    arrival="Tue, 14 Nov 2023 18:31:02 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231114103107", boundary_time="1699957867",
    rcpts=[{"addr": "zhangwei1987@qq.com", "rhost": "mx3.qq.com", "rip": "183.3.226.35",
            "reply": "550 Mailbox unavailable or access denied", "cmd": "RCPT TO", "status": "5.0.0"}],
    orig=o), [dict(exp("zhangwei1987@qq.com", "userunknown", "5.0.0", "550", "postfix"),
                   # QQ says this of closed as well as missing mailboxes:
                   # without an address status it is not sure enough to be hard.
                   hard=False)])

# tencent-03: Postfix, two QQ recipients, the sending IP is over QQ's frequency limit.
o = original("Newsletter <news@example.com>", "undisclosed-recipients:;",
             "November product news", "<nl-2023-11.8832@example.com>",
             "Wed, 15 Nov 2023 09:00:11 +0800",
             "November product news from Example.\n\nRead online: https://www.example.com/news/2023-11\n",
             headers_only=True)
add("tencent-03.eml", postfix(
    qid="4SVZ1t5Qb5z9sX3", date="Wed, 15 Nov 2023 09:00:19 +0800 (CST)",
    arrival="Wed, 15 Nov 2023 09:00:11 +0800 (CST)", sender="news@example.com",
    msgid_stamp="20231115010019", boundary_time="1700010019", headers_only=True,
    rcpts=[{"addr": a, "rhost": "mx1.qq.com", "rip": "183.3.225.42",
            "reply": "550 Ip frequency limited. " + QQ_HELP + "1000725", "cmd": "MAIL FROM",
            "status": "5.0.0"} for a in ("liu.yang@qq.com", "48213377@qq.com")],
    orig=o), [exp(a, "ratelimited", "5.0.0", "550", "postfix") for a in ("liu.yang@qq.com", "48213377@qq.com")])

# tencent-04: an Exim delay warning: QQ says "451 Mail frequency limited".
add("tencent-04.eml", exim_warning(
    eid="1r3Q7k-0007Hn-2C", date="Thu, 16 Nov 2023 11:02:41 +0000", sender="alice@example.net",
    rcpt="wang.fang@qq.com", rhost="mx3.qq.com", rip="183.3.226.35",
    when="after MAIL FROM:<alice@example.net> SIZE=3542",
    reply="451 Mail frequency limited. " + QQ_HELP + "1000722",
    orig_subject="Invoice 2023-118", orig_date="Wed, 15 Nov 2023 10:58:02 +0000",
    warn_id="1r3mZx-0002Qe-0F"),
    [exp("wang.fang@qq.com", "ratelimited", "", "451", "exim")])

# tencent-05: Exim with DSN, "550 Domain frequency limited" from an Exmail MX.
o = original("Alice Brown <alice@example.net>", "purchasing@example.org",
             "Quotation 2023-Q4", "<5b7e2a19-quote-q4@example.net>",
             "Fri, 17 Nov 2023 08:40:12 +0000",
             "Dear purchasing team,\n\nPlease see our Q4 quotation in the attachment.\n\nBest regards,\nAlice\n",
             via="mail.example.net (Exim 4.96)", via_qid="1r3xKa-0001aB-0u")
add("tencent-05.eml", exim(
    eid="1r3xKb-0001aE-1Z", date="Fri, 17 Nov 2023 08:40:15 +0000", sender="alice@example.net",
    boundary_time="1700210415",
    rcpts=[{"addr": "purchasing@example.org", "rhost": "mxbiz1.qq.com", "rip": "183.3.225.40",
            "when": "after MAIL FROM:<alice@example.net> SIZE=2811",
            "reply": "550 Domain frequency limited. " + QQ_HELP + "1000723", "status": "5.0.0"}],
    orig=o), [exp("purchasing@example.org", "ratelimited", "5.0.0", "550", "exim")])

# tencent-06: Tencent Exmail's own bounce, UTF-8 quoted-printable, with a DSN:
# QQ refused the content.
zh = ("很抱歉，您的邮件没有成功投递。\n"
      "\n"
      "收件人：li.lei@qq.com\n"
      "邮件主题：年终促销活动\n"
      "退信原因：收件方服务器拒绝了这封邮件的内容，邮件可能含有垃圾邮件特征。\n"
      "对方服务器返回：550 Mail content denied. " + QQ_HELP + "1000726\n"
      "\n"
      "建议：请修改邮件内容（减少链接和营销用语）后重新发送，或通过其他方式联系收件人。\n"
      "\n"
      "此邮件由系统自动发出，请勿直接回复。\n")
o = original(ew("张小华", "UTF-8") + " <alice@example.cn>", "li.lei@qq.com",
             "年终促销活动", "<tencent_4F1C2A9D8E3B7A6C5D4E3F2A1B0C9D8E7F06@qq.com>",
             "Mon, 20 Nov 2023 14:05:31 +0800", "", via="smtp.exmail.qq.com (NewEsmtp)",
             via_qid="0B6C2E71", headers_only=True)
B = "----=_NextPart_655AF6F3_0A1B2C3D_4E5F6A7B"
msg = (
    "Return-Path: <>\n"
    "Received: from smtpbg150.qq.com (localhost [127.0.0.1])\n"
    "\tby smtpbg150.qq.com (NewEsmtp) with SMTP id 0\n"
    "\tfor <alice@example.cn>; Mon, 20 Nov 2023 14:05:39 +0800 (CST)\n"
    "Date: Mon, 20 Nov 2023 14:05:39 +0800\n"
    "From: " + ew("系统退信", "UTF-8") + " <PostMaster@exmail.qq.com>\n"
    "To: alice@example.cn\n"
    "Subject: " + subj("退信：年终促销活动", "UTF-8") + "\n"
    "Message-ID: <bounce_655AF6F3_0A1B2C3D@exmail.qq.com>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"" + B + "\"\n"
    "\n"
    "This is a multi-part message in MIME format.\n"
    "\n--" + B + "\n"
    "Content-Type: text/plain; charset=\"UTF-8\"\n"
    "Content-Transfer-Encoding: quoted-printable\n\n" + qp(zh.encode("utf-8")) + "\n"
    "--" + B + "\n"
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; smtpbg150.qq.com\n"
    "Arrival-Date: Mon, 20 Nov 2023 14:05:31 +0800\n\n"
    "Final-Recipient: rfc822; li.lei@qq.com\n"
    "Action: failed\n"
    "Status: 5.0.0\n"
    "Remote-MTA: dns; mx3.qq.com\n"
    "Diagnostic-Code: smtp; 550 Mail content denied. " + QQ_HELP + "1000726\n"
    "\n--" + B + "\n"
    "Content-Type: text/rfc822-headers\n\n" + o + "\n"
    "--" + B + "--\n")
add("tencent-06.eml", msg, [exp("li.lei@qq.com", "spamdetected", "5.0.0", "550", "tencent")])

# tencent-07: Postfix; the QQ user's own filter refuses the message.
o = original("Alice Chen <alice@example.com>", "chen.jing@qq.com",
             "Following up on our call", "<f00dbabe-3c1e-44a2-9f1d-7788aa55cc01@example.com>",
             "Tue, 21 Nov 2023 10:11:52 +0800", "Hi Jing,\n\nFollowing up on our call yesterday.\n\nAlice\n")
add("tencent-07.eml", postfix(
    qid="4SZ8pH2nWJz9sWb", date="Tue, 21 Nov 2023 10:11:58 +0800 (CST)",
    arrival="Tue, 21 Nov 2023 10:11:52 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231121021158", boundary_time="1700532718",
    rcpts=[{"addr": "chen.jing@qq.com", "rhost": "mx2.qq.com", "rip": "183.3.225.41",
            "reply": "550 Mail is rejected by recipients " + QQ_HELP + "1000727",
            "cmd": "end of DATA", "status": "5.0.0"}],
    orig=o), [exp("chen.jing@qq.com", "filtered", "5.0.0", "550", "postfix")])

# tencent-08: Postfix; DMARC check failed at QQ.
o = original("Billing <billing@example.com>", "zhao.min@qq.com",
             "Your invoice for November", "<inv-20231122-0042@example.com>",
             "Wed, 22 Nov 2023 16:20:04 +0800", "", headers_only=True)
add("tencent-08.eml", postfix(
    host="mta2.example.com", qid="4SZx4b0kS2z4wQv", date="Wed, 22 Nov 2023 16:20:09 +0800 (CST)",
    arrival="Wed, 22 Nov 2023 16:20:04 +0800 (CST)", sender="billing@example.com",
    msgid_stamp="20231122082009", boundary_time="1700641209", headers_only=True,
    rcpts=[{"addr": "zhao.min@qq.com", "rhost": "mx3.qq.com", "rip": "183.3.226.35",
            "reply": "550 DMARC check failed. " + QQ_HELP + "1000730",
            "cmd": "end of DATA", "status": "5.0.0"}],
    orig=o), [exp("zhao.min@qq.com", "authfailure", "5.0.0", "550", "postfix")])

# tencent-09: QQ Mail's own notice in Chinese only, GB18030, base64: the user does
# not exist. The notice names the sender with a character (U+3400) that GBK
# lacks, so the part really needs GB18030.
zh = ("㐀小林，您好：\n"
      "\n"
      "很抱歉，您发送的邮件未能送达以下收件人：\n"
      "\n"
      "    收件人：nosuchuser2023@qq.com\n"
      "    邮件主题：合作方案\n"
      "    发送时间：2023年11月23日 09:45\n"
      "\n"
      "退信原因：该用户不存在，请检查收件人地址是否填写正确。\n"
      "\n"
      "原邮件已作为附件退回，供您核对。\n"
      "此邮件由QQ邮箱系统自动发出，请勿回复。\n")
o = original(ew("㐀小林", "GB18030") + " <lin@example.cn>", "nosuchuser2023@qq.com",
             "合作方案", "<2023112309450512345@example.cn>", "Thu, 23 Nov 2023 09:45:05 +0800",
             "您好，\n\n附上合作方案初稿，请查收。\n\n小林\n", via="mail.example.cn", via_qid="8D2E32A0031")
B = "----=_NextPart_655EAF3A_7C1D9E20_3B6F4A12"
msg = (
    "Return-Path: <>\n"
    "Received: from newxmmxszc6-1.qq.com (newxmmxszc6-1.qq.com [43.163.128.50])\n"
    "\tby mx.example.cn (Postfix) with ESMTPS id 3F9A12A0052\n"
    "\tfor <lin@example.cn>; Thu, 23 Nov 2023 09:45:21 +0800 (CST)\n"
    "Received: from localhost by newxmmxszc6-1.qq.com (NewMX) with SMTP id 0\n"
    "\tfor <lin@example.cn>; Thu, 23 Nov 2023 09:45:18 +0800\n"
    "Date: Thu, 23 Nov 2023 09:45:18 +0800\n"
    "From: " + ew("QQ邮箱系统退信", "GB18030") + " <PostMaster@qq.com>\n"
    "To: lin@example.cn\n"
    "Subject: " + ew("退信：合作方案", "GB18030") + "\n"
    "Message-ID: <tencent_bounce_655EAF3A7C1D9E20@qq.com>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed;\n\tboundary=\"" + B + "\"\n"
    "\n"
    "This is a multi-part message in MIME format.\n"
    "\n--" + B + "\n"
    "Content-Type: text/plain;\n\tcharset=\"GB18030\"\n"
    "Content-Transfer-Encoding: base64\n\n" + b64(zh.encode("gb18030")) + "\n"
    "--" + B + "\n"
    "Content-Type: message/rfc822\n"
    "Content-Disposition: attachment; filename=\"original.eml\"\n\n" + o + "\n"
    "--" + B + "--\n")
add("tencent-09.eml", msg, [exp("nosuchuser2023@qq.com", "userunknown", "", "", "tencent")])

# tencent-10: QQ Mail's own notice, GBK quoted-printable, text and HTML: the
# recipient's mailbox is full.
zh_txt = ("您好：\n"
          "\n"
          "您于 2023年11月24日 17:02 发送给 huang.lei@qq.com 的邮件（主题：项目进度周报）未能送达。\n"
          "\n"
          "退信原因：收件人邮箱空间已满，暂时无法接收新邮件（收件人空间不足）。\n"
          "处理建议：请通过其他方式提醒收件人清理邮箱，稍后再重新发送。\n"
          "\n"
          "此邮件由系统自动发出，请勿回复。\n")
zh_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head>"
           "<body><div style=\"font-size:14px;\">\n"
           "<p>您好：</p>\n"
           "<p>您于 2023年11月24日 17:02 发送给 <b>huang.lei@qq.com</b> 的邮件（主题：项目进度周报）未能送达。</p>\n"
           "<p>退信原因：<b>收件人邮箱空间已满</b>，暂时无法接收新邮件（收件人空间不足）。</p>\n"
           "<p>处理建议：请通过其他方式提醒收件人清理邮箱，稍后再重新发送。</p>\n"
           "<p style=\"color:#888\">此邮件由系统自动发出，请勿回复。</p>\n"
           "</div></body></html>\n")
o = original("Alice Wang <alice@example.cn>", "huang.lei@qq.com", "项目进度周报",
             "<6560662B.1C2D3E4F@example.cn>", "Fri, 24 Nov 2023 17:02:19 +0800",
             "各位好，\n\n本周项目进度见下。\n\nAlice\n", via="mail.example.cn", via_qid="1F0B22A0077")
B0 = "----=_NextPart_6560663A_1F2E3D4C_5B6A7980"
B1 = "----=_NextPart_6560663A_1F2E3D4C_5B6A7981"
msg = (
    "Return-Path: <>\n"
    "Received: from newxmmxszc9-4.qq.com (newxmmxszc9-4.qq.com [43.163.128.57])\n"
    "\tby mx.example.cn (Postfix) with ESMTPS id 7A3C52A0081\n"
    "\tfor <alice@example.cn>; Fri, 24 Nov 2023 17:02:38 +0800 (CST)\n"
    "Date: Fri, 24 Nov 2023 17:02:34 +0800\n"
    "From: \"PostMaster\" <PostMaster@qq.com>\n"
    "To: alice@example.cn\n"
    "Subject: " + ew("系统退信：项目进度周报", "GBK") + "\n"
    "Message-ID: <tencent_bounce_6560663A1F2E3D4C@qq.com>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"" + B0 + "\"\n"
    "\n"
    "--" + B0 + "\n"
    "Content-Type: multipart/alternative; boundary=\"" + B1 + "\"\n"
    "\n--" + B1 + "\n"
    "Content-Type: text/plain; charset=\"gbk\"\n"
    "Content-Transfer-Encoding: quoted-printable\n\n" + qp(zh_txt.encode("gbk")) + "\n"
    "--" + B1 + "\n"
    "Content-Type: text/html; charset=\"gbk\"\n"
    "Content-Transfer-Encoding: quoted-printable\n\n" + qp(zh_html.encode("gbk")) + "\n"
    "--" + B1 + "--\n"
    "\n--" + B0 + "\n"
    "Content-Type: message/rfc822\n\n" + o + "\n"
    "--" + B0 + "--\n")
add("tencent-10.eml", msg, [exp("huang.lei@qq.com", "mailboxfull", "", "", "tencent")])

# tencent-11: the old Gmail bounce format (a Google Workspace sender): QQ says
# the mailbox has been deactivated.
o = original("Alice Chen <alice@example.com>", "sun.tao@qq.com", "Catch up next week?",
             "<CAF7k2q9x1Yb3Zt0qGm5u+Xw8pLr3hV=ab12cd34ef56@mail.gmail.com>",
             "Mon, 9 Jan 2017 02:14:40 -0800", "Hi Tao,\n\nAre you free for a call next week?\n\nAlice\n",
             via="mail-pf0-f171.google.com", via_qid="x19sm5512345pfa.71")
B = "001a1140b5ba3a0f1c0545a6e8d4"
notice = (
    "Delivery to the following recipient failed permanently:\n"
    "\n"
    "     sun.tao@qq.com\n"
    "\n"
    "Technical details of permanent failure:\n"
    "Google tried to deliver your message, but it was rejected by the server for the recipient domain qq.com by mx3.qq.com. [183.3.226.35].\n"
    "\n"
    "The error that the other server returned was:\n"
    "550 The mailbox has been deactivated, please contact the recipient by other means. " + QQ_HELP + "1000729\n")
msg = (
    "Return-Path: <>\n"
    "Received: by 10.98.140.77 with SMTP id u74csp1442128pfd;\n"
    "        Mon, 09 Jan 2017 02:14:43 -0800 (PST)\n"
    "X-Received: by 10.99.0.199 with SMTP id 190mr142201372pga.107.1483956883061;\n"
    "        Mon, 09 Jan 2017 02:14:43 -0800 (PST)\n"
    "Content-Type: multipart/report; boundary=" + B + "; report-type=delivery-status\n"
    "Return-Path: <>\n"
    "Received: by 10.99.0.199 with SMTP id 190mr142201372pga.107; Mon, 09 Jan 2017 02:14:43 -0800 (PST)\n"
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
    "To: alice@example.com\n"
    "X-Failed-Recipients: sun.tao@qq.com\n"
    "Subject: Delivery Status Notification (Failure)\n"
    "Message-ID: <58736393.c7de630a.8e1f2.42b1SMTPIN_ADDED_MISSING@mx.google.com>\n"
    "Date: Mon, 09 Jan 2017 02:14:43 -0800 (PST)\n"
    "MIME-Version: 1.0\n"
    "\n"
    "--" + B + "\n"
    "Content-Type: text/plain; charset=UTF-8\n\n" + notice + "\n"
    "--" + B + "\n"
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; googlemail.com\n"
    "Arrival-Date: Mon, 09 Jan 2017 02:14:40 -0800 (PST)\n"
    "X-Original-Message-ID: <CAF7k2q9x1Yb3Zt0qGm5u+Xw8pLr3hV=ab12cd34ef56@mail.gmail.com>\n\n"
    "Final-Recipient: rfc822; sun.tao@qq.com\n"
    "Action: failed\n"
    "Status: 5.0.0\n"
    "Remote-MTA: dns; mx3.qq.com. (183.3.226.35, the server for the domain qq.com.)\n"
    "Diagnostic-Code: smtp; 550 The mailbox has been deactivated, please contact the recipient by other means. " + QQ_HELP + "1000729\n"
    "Last-Attempt-Date: Mon, 09 Jan 2017 02:14:43 -0800 (PST)\n"
    "\n--" + B + "\n"
    "Content-Type: message/rfc822\n\n" + o + "\n"
    "--" + B + "--\n")
add("tencent-11.eml", msg, [exp("sun.tao@qq.com", "suspend", "5.0.0", "550", "gmail")])


# ============================================================= NetEase

def ne_help(ip, hostid, t):
    return "please see http://mail.163.com/help/help_spam_16.htm?ip=%s&hostid=%s&time=%s" % (ip, hostid, t)


# netease-01: Postfix; "550 User not found" from 163's MX.
o = original("Alice Chen <alice@example.com>", "nosuchuser@163.com", "Order confirmation #10482",
             "<order-10482.1700302231@example.com>", "Sat, 18 Nov 2023 18:10:31 +0800",
             "Thank you for your order #10482.\n")
add("netease-01.eml", postfix(
    qid="4SXZ7M1yQpz9sWd", date="Sat, 18 Nov 2023 18:10:36 +0800 (CST)",
    arrival="Sat, 18 Nov 2023 18:10:31 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231118101036", boundary_time="1700302236",
    rcpts=[{"addr": "nosuchuser@163.com", "rhost": "163mx01.mxmail.netease.com", "rip": "220.181.14.141",
            "reply": "550 User not found: nosuchuser@163.com", "cmd": "RCPT TO", "status": "5.0.0"}],
    orig=o), [exp("nosuchuser@163.com", "userunknown", "5.0.0", "550", "postfix")])

# netease-02: an old plain-text Exim bounce: "550 Invalid User" from 126's MX.
o = original("Alice Brown <alice@example.net>", "lihua_2009@126.com", "Meeting notes",
             "<4F5E6A7B.2030405@example.net>", "Tue, 10 Apr 2012 09:30:12 +0100",
             "Hi Li Hua,\n\nThe meeting notes are below.\n\nAlice\n",
             via="mail.example.net (Exim 4.72)", via_qid="1SHWq4-0002Ab-Ql")
add("netease-02.eml", exim(
    eid="1SHWq6-0002Ae-3S", date="Tue, 10 Apr 2012 09:30:16 +0100", sender="alice@example.net",
    version="4.72", dsn=False, boundary_time="1334046616",
    rcpts=[{"addr": "lihua_2009@126.com", "rhost": "126mx01.mxmail.netease.com", "rip": "220.181.15.111",
            "when": "after RCPT TO:<lihua_2009@126.com>", "reply": "550 Invalid User", "status": "5.0.0"}],
    orig=o), [exp("lihua_2009@126.com", "userunknown", "", "550", "exim")])

# netease-03: Postfix; the 163 mailbox is suspended.
o = original("Alice Chen <alice@example.com>", "wangxiaoming@163.com", "Your account statement",
             "<stmt-2023-11-77120@example.com>", "Sun, 19 Nov 2023 08:00:03 +0800",
             "Your November statement is ready.\n")
add("netease-03.eml", postfix(
    qid="4SY1bQ5s3Gz9sWf", date="Sun, 19 Nov 2023 08:00:08 +0800 (CST)",
    arrival="Sun, 19 Nov 2023 08:00:03 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231119000008", boundary_time="1700352008",
    rcpts=[{"addr": "wangxiaoming@163.com", "rhost": "163mx02.mxmail.netease.com", "rip": "220.181.14.142",
            "reply": "550 User suspended: wangxiaoming@163.com", "cmd": "RCPT TO", "status": "5.0.0"}],
    orig=o), [exp("wangxiaoming@163.com", "suspend", "5.0.0", "550", "postfix")])

# netease-04: Postfix; the message is over 163's size limit.
o = original("Alice Chen <alice@example.com>", "designer_liu@163.com", "Design files (large)",
             "<d3a9c1f0-large-files@example.com>", "Mon, 20 Nov 2023 11:22:40 +0800", "", headers_only=True)
add("netease-04.eml", postfix(
    qid="4SYk2w0BcTz9sWh", date="Mon, 20 Nov 2023 11:23:19 +0800 (CST)",
    arrival="Mon, 20 Nov 2023 11:22:40 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231120032319", boundary_time="1700450599", headers_only=True,
    rcpts=[{"addr": "designer_liu@163.com", "rhost": "163mx03.mxmail.netease.com", "rip": "220.181.14.143",
            "reply": "552 Requested mail action aborted: exceeded mailsize limit", "cmd": "end of DATA",
            "status": "5.0.0"}],
    orig=o), [exp("designer_liu@163.com", "emailtoolarge", "5.0.0", "552", "postfix")])

# netease-05: Postfix relaying through smtp.163.com; 163 judges the message spam.
o = original("Alice Wang <alice_wang@163.com>", "buyer@example.org", "Factory price list 2023",
             "<6558a1b2.3c4d.5e6f7a8b9c0d@163.com>", "Tue, 21 Nov 2023 15:30:11 +0800",
             "Dear buyer,\n\nPlease find our factory price list.\n", via="gw.example.cn", via_qid="9A1B32C0004")
add("netease-05.eml", postfix(
    host="gw.example.cn", qid="9A1B32C0004", date="Tue, 21 Nov 2023 15:30:15 +0800 (CST)",
    arrival="Tue, 21 Nov 2023 15:30:11 +0800 (CST)", sender="alice_wang@163.com", delivered_to=False,
    msgid_stamp="20231121073015", boundary_time="1700551815",
    rcpts=[{"addr": "buyer@example.org", "rhost": "smtp.163.com", "rip": "220.181.12.17",
            "reply": "554 DT:SPM 163 smtp10,DsCowAD3dhsHa1Nlf0tCBA--.53785S2 1700551815," + ne_help(SENDER_IP, "smtp10", "1700551815"),
            "cmd": "end of DATA", "status": "5.0.0"}],
    orig=o), [exp("buyer@example.org", "spamdetected", "5.0.0", "554", "postfix")])

# netease-06: Postfix relaying through smtp.163.com; envelope and header From differ.
o = original("Sales <sales@example.cn>", "client@example.org", "Re: shipment schedule",
             "<20231122093012.5D6E7F@example.cn>", "Wed, 22 Nov 2023 09:30:12 +0800",
             "The shipment leaves on Friday.\n", via="gw.example.cn", via_qid="2C3D42C0019")
add("netease-06.eml", postfix(
    host="gw.example.cn", qid="2C3D42C0019", date="Wed, 22 Nov 2023 09:30:16 +0800 (CST)",
    arrival="Wed, 22 Nov 2023 09:30:12 +0800 (CST)", sender="order_desk@163.com", delivered_to=False,
    msgid_stamp="20231122013016", boundary_time="1700616616",
    rcpts=[{"addr": "client@example.org", "rhost": "smtp.163.com", "rip": "220.181.12.16",
            "reply": "554 DT:SUM envelope from is not the same as header from 163 smtp3,G9xpCgD3v1Kzb11lq0QFAA--.22105S2 1700616616",
            "cmd": "end of DATA", "status": "5.0.0"}],
    orig=o), [exp("client@example.org", "notcompliantrfc", "5.0.0", "554", "postfix")])

# netease-07: Postfix; 163 refuses the IP because it is on a DNS block list.
o = original("Alice Chen <alice@example.com>", "zhou.qiang@163.com", "Welcome to Example",
             "<welcome-5521@example.com>", "Thu, 23 Nov 2023 20:15:44 +0800", "", headers_only=True)
add("netease-07.eml", postfix(
    qid="4SbC9t6QZrz9sWm", date="Thu, 23 Nov 2023 20:15:47 +0800 (CST)",
    arrival="Thu, 23 Nov 2023 20:15:44 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231123121547", boundary_time="1700741747", headers_only=True,
    rcpts=[{"addr": "zhou.qiang@163.com", "rhost": "163mx00.mxmail.netease.com", "rip": "220.181.14.140",
            "reply": "550 DT:RBL 163 mx15,QMCowADHz7kYa1NlbC8mAA--.4711S3 1700741747," + ne_help(SENDER_IP, "mx15", "1700741747"),
            "cmd": "MAIL FROM", "status": "5.0.0"}],
    orig=o), [exp("zhou.qiang@163.com", "blocked", "5.0.0", "550", "postfix")])

# netease-08: a Postfix delay notice for two NetEase recipients: too many
# connections from the IP (HL:ICC) and the sender's daily volume (MI:STC).
o = original("News <news@example.com>", "undisclosed-recipients:;", "Weekly digest",
             "<digest-2023-47@example.com>", "Fri, 24 Nov 2023 07:00:00 +0800", "", headers_only=True)
add("netease-08.eml", postfix(
    qid="4SbYyq4lWkz9sWp", date="Fri, 24 Nov 2023 11:05:12 +0800 (CST)",
    arrival="Fri, 24 Nov 2023 07:00:00 +0800 (CST)", sender="news@example.com",
    msgid_stamp="20231124030512", boundary_time="1700795112", delayed=True,
    retry_until="Wed, 29 Nov 2023 07:00:00 +0800 (CST)",
    rcpts=[{"addr": "xu.lan@163.com", "rhost": "163mx01.mxmail.netease.com", "rip": "220.181.14.141",
            "reply": "451 HL:ICC 163 mx20,VcCowAD3v1JaGGBleX8uCQ--.29011S2 1700795112," + ne_help(SENDER_IP, "mx20", "1700795112"),
            "cmd": "MAIL FROM", "status": "4.0.0"},
           {"addr": "ma.chao@126.com", "rhost": "126mx01.mxmail.netease.com", "rip": "220.181.15.111",
            "reply": "450 MI:STC 126 mx8,JsmowAC3Oc9YGGBlb2kACA--.1904S2 1700795112," + ne_help(SENDER_IP, "mx8", "1700795112"),
            "cmd": "MAIL FROM", "status": "4.0.0"}],
    orig=o), [exp("xu.lan@163.com", "ratelimited", "4.0.0", "451", "postfix"),
              exp("ma.chao@126.com", "ratelimited", "4.0.0", "450", "postfix")])

# netease-09: Postfix; yeah.net refuses: too many deliveries to its users today (RP:TRC).
o = original("News <news@example.com>", "gao.yuan@yeah.net", "Weekly digest",
             "<digest-2023-47-b@example.com>", "Fri, 24 Nov 2023 07:00:02 +0800", "", headers_only=True)
add("netease-09.eml", postfix(
    qid="4SbYz03mN1z9sWq", date="Fri, 24 Nov 2023 07:02:33 +0800 (CST)",
    arrival="Fri, 24 Nov 2023 07:00:02 +0800 (CST)", sender="news@example.com",
    msgid_stamp="20231123230233", boundary_time="1700780553", headers_only=True,
    rcpts=[{"addr": "gao.yuan@yeah.net", "rhost": "yeahmx01.mxmail.netease.com", "rip": "123.58.177.132",
            "reply": "550 RP:TRC 123.58.177.132 yeah mx2,LsCowAB3b0aJGGBlQ1cABg--.771S2 1700780553," + ne_help(SENDER_IP, "mx2", "1700780553"),
            "cmd": "RCPT TO", "status": "5.0.0"}],
    orig=o), [exp("gao.yuan@yeah.net", "ratelimited", "5.0.0", "550", "postfix")])

# netease-10: Postfix; the SPF check failed at 163.
o = original("Support <support@example.com>", "tian.yu@163.com", "Your ticket #5512",
             "<ticket-5512-reply@example.com>", "Sat, 25 Nov 2023 13:45:09 +0800", "", headers_only=True)
add("netease-10.eml", postfix(
    host="relay.example.com", qid="4Sc62q1RjPz7tNb", date="Sat, 25 Nov 2023 13:45:12 +0800 (CST)",
    arrival="Sat, 25 Nov 2023 13:45:09 +0800 (CST)", sender="support@example.com",
    msgid_stamp="20231125054512", boundary_time="1700891112", headers_only=True,
    rcpts=[{"addr": "tian.yu@163.com", "rhost": "163mx03.mxmail.netease.com", "rip": "220.181.14.143",
            "reply": "550 MI:SPF 163 mx14,SsCowAD3XsDYiGFlVB4qAQ--.36721S2 1700891112," + ne_help(SENDER_IP, "mx14", "1700891112"),
            "cmd": "MAIL FROM", "status": "5.0.0"}],
    orig=o), [exp("tian.yu@163.com", "authfailure", "5.0.0", "550", "postfix")])

# netease-11: Postfix; two NetEase MXs refuse the IP: an IP:B block and HL:IHU
# (the IP is suspended for spam or unusual connection behaviour).
o = original("Promotions <promo@example.com>", "undisclosed-recipients:;", "Black Friday: 40% off",
             "<bf-2023-0099@example.com>", "Sun, 26 Nov 2023 10:00:00 +0800", "", headers_only=True)
add("netease-11.eml", postfix(
    qid="4ScR5n2xkVz9sWs", date="Sun, 26 Nov 2023 10:00:05 +0800 (CST)",
    arrival="Sun, 26 Nov 2023 10:00:00 +0800 (CST)", sender="promo@example.com",
    msgid_stamp="20231126020005", boundary_time="1700964005", headers_only=True,
    rcpts=[{"addr": "he.jun@163.com", "rhost": "163mx02.mxmail.netease.com", "rip": "220.181.14.142",
            "reply": "554 IP:B554 163 mx19,O8CowABnz0KFKGJlvB0YBQ--.10242S2 1700964005," + ne_help(SENDER_IP, "mx19", "1700964005"),
            "cmd": "MAIL FROM", "status": "5.0.0"},
           {"addr": "luo.ting@126.com", "rhost": "126mx02.mxmail.netease.com", "rip": "220.181.15.112",
            "reply": "554 HL:IHU 126 mx5,KsmowADnL0aFKGJlXhgnBg--.4410S2 1700964005," + ne_help(SENDER_IP, "mx5", "1700964005"),
            "cmd": "MAIL FROM", "status": "5.0.0"}],
    orig=o), [exp("he.jun@163.com", "blocked", "5.0.0", "554", "postfix"),
              exp("luo.ting@126.com", "badreputation", "5.0.0", "554", "postfix")])

# netease-12: Exim with DSN; 163 refuses the attachment type.
o = original("Alice Brown <alice@example.net>", "feng.wei@163.com", "setup files",
             "<20231127083001.GA4412@example.net>", "Mon, 27 Nov 2023 08:30:01 +0000",
             "Hi Wei,\n\nThe installer is attached.\n\nAlice\n",
             via="mail.example.net (Exim 4.96)", via_qid="1r7X0b-0009Zt-1v")
add("netease-12.eml", exim(
    eid="1r7X0c-0009Zw-2F", date="Mon, 27 Nov 2023 08:30:06 +0000", sender="alice@example.net",
    boundary_time="1701073806",
    rcpts=[{"addr": "feng.wei@163.com", "rhost": "163mx01.mxmail.netease.com", "rip": "220.181.14.141",
            "when": "after end of data", "reply": "552 Illegal Attachment", "status": "5.0.0"}],
    orig=o), [exp("feng.wei@163.com", "policyviolation", "5.0.0", "552", "exim")])

# netease-13: NetEase's own notice in Chinese, GB2312 base64, the original attached:
# the recipient's mailbox is full.
zh = ("您好，您发送的邮件未能成功投递，系统已将原邮件退回。\n"
      "\n"
      "  收件人：song.li@126.com\n"
      "  主  题：报价单确认\n"
      "  时  间：2023-11-28 10:12:40\n"
      "\n"
      "退信原因：收件人邮箱容量已满，暂时无法接收新邮件。\n"
      "建议解决方案：请通过电话等其他方式通知收件人清理邮箱，然后再重新发送。\n"
      "\n"
      "本邮件由网易邮件系统自动发出，请勿直接回复。\n")
o = original(ew("李欣", "GB2312") + " <li.xin@example.cn>", "song.li@126.com", "报价单确认",
             "<6565A0A8.00012F.30411@qiye.163.com>", "Tue, 28 Nov 2023 10:12:40 +0800",
             "宋先生您好，\n\n请确认附件中的报价单。\n\n李欣\n", via="qiye.163.com", via_qid="AJ8AbQC3JvKkoGVl")
B = "----=_Part_1701137569_20231128101249"
msg = (
    "Return-Path: <>\n"
    "Received: from m16-43.163.com (m16-43.163.com [220.181.16.43])\n"
    "\tby mx.example.cn (Postfix) with ESMTP id 51D8E2A0096\n"
    "\tfor <li.xin@example.cn>; Tue, 28 Nov 2023 10:12:52 +0800 (CST)\n"
    "Received: from localhost (unknown [127.0.0.1])\n"
    "\tby m16-43.163.com (Coremail) with SMTP id _____wD3_1GhoGVlsmIHAA--.0S2;\n"
    "\tTue, 28 Nov 2023 10:12:49 +0800 (CST)\n"
    "Date: Tue, 28 Nov 2023 10:12:49 +0800 (CST)\n"
    "From: " + ew("网易邮件中心", "GB2312") + " <postmaster@163.com>\n"
    "To: li.xin@example.cn\n"
    "Subject: " + ew("系统退信：报价单确认", "GB2312") + "\n"
    "Message-ID: <1701137569.4c1d.postmaster@163.com>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed;\n\tboundary=\"" + B + "\"\n"
    "\n"
    "--" + B + "\n"
    "Content-Type: text/plain; charset=GB2312\n"
    "Content-Transfer-Encoding: base64\n\n" + b64(zh.encode("gb2312")) + "\n"
    "--" + B + "\n"
    "Content-Type: message/rfc822\n"
    "Content-Disposition: attachment\n\n" + o + "\n"
    "--" + B + "--\n")
add("netease-13.eml", msg, [exp("song.li@126.com", "mailboxfull", "", "", "netease")])


# ============================================================= Sina

# sina-01: Postfix; Sina's MX does not know the user.
o = original("Alice Chen <alice@example.com>", "nosuchuser@sina.com", "Password reset",
             "<pwreset-7731@example.com>", "Mon, 27 Nov 2023 12:01:10 +0800", "", headers_only=True)
add("sina-01.eml", postfix(
    qid="4Sd1Fq3vXyz9sWv", date="Mon, 27 Nov 2023 12:01:14 +0800 (CST)",
    arrival="Mon, 27 Nov 2023 12:01:10 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231127040114", boundary_time="1701057674", headers_only=True,
    rcpts=[{"addr": "nosuchuser@sina.com", "rhost": "freemx1.sinamail.sina.com.cn", "rip": "202.108.3.242",
            "reply": "550 5.1.1 <nosuchuser@sina.com>: Recipient address rejected: User unknown in local recipient table",
            "cmd": "RCPT TO", "status": "5.1.1"}],
    orig=o), [exp("nosuchuser@sina.com", "userunknown", "5.1.1", "550", "postfix")])

# sina-02: Exim; the Sina mailbox is full.
o = original("Alice Brown <alice@example.net>", "xiao.mei@sina.cn", "Photos from the trip",
             "<20231128.trip-photos.1@example.net>", "Tue, 28 Nov 2023 07:12:00 +0000",
             "Hi Mei,\n\nHere are the photos.\n\nAlice\n",
             via="mail.example.net (Exim 4.96)", via_qid="1r7sBa-000B3q-0t")
add("sina-02.eml", exim(
    eid="1r7sBc-000B3t-2k", date="Tue, 28 Nov 2023 07:12:05 +0000", sender="alice@example.net",
    boundary_time="1701155525",
    rcpts=[{"addr": "xiao.mei@sina.cn", "rhost": "mx.sina.com.cn", "rip": "202.108.3.190",
            "when": "after RCPT TO:<xiao.mei@sina.cn>",
            "reply": "552 5.2.2 <xiao.mei@sina.cn>: Recipient address rejected: Mailbox is full", "status": "5.2.2"}],
    orig=o), [exp("xiao.mei@sina.cn", "mailboxfull", "5.2.2", "552", "exim")])

# sina-03: Sina's own notice in Chinese, GBK as raw 8bit: judged spam after
# acceptance.
zh = ("您好：\n"
      "\n"
      "这是新浪邮箱系统的退信通知。您发送给以下收件人的邮件被退回：\n"
      "\n"
      "    zhang.xin@sina.com\n"
      "\n"
      "退信原因：您的邮件被新浪邮箱反垃圾系统判定为垃圾邮件，已被拒收。\n"
      "如果这是一封正常邮件，请减少邮件中的广告用语和外部链接后重试。\n"
      "\n"
      "原邮件头信息附在下面。\n")
o = original("Marketing <marketing@example.cn>", "zhang.xin@sina.com", "双十二特惠，全场五折",
             "<20231129.promo.88123@example.cn>", "Wed, 29 Nov 2023 16:40:00 +0800", "",
             via="mail.example.cn", via_qid="0E4F12A00C2", headers_only=True)
B = "----=_Part_0_1701247210123.bounce"
msg = (
    b"Return-Path: <>\n"
    b"Received: from freemx2.sinamail.sina.com.cn (freemx2.sinamail.sina.com.cn [202.108.3.243])\n"
    b"\tby mx.example.cn (Postfix) with ESMTP id 8A0F52A00C9\n"
    b"\tfor <marketing@example.cn>; Wed, 29 Nov 2023 16:40:14 +0800 (CST)\n"
    b"Date: Wed, 29 Nov 2023 16:40:10 +0800 (CST)\n"
    b"From: Mail Delivery System <MAILER-DAEMON@sina.com>\n"
    b"To: marketing@example.cn\n"
    b"Subject: " + ew("退信通知：双十二特惠，全场五折", "GBK").encode("ascii") + b"\n"
    b"Message-ID: <20231129084010.5F6A72B1@freemx2.sinamail.sina.com.cn>\n"
    b"Auto-Submitted: auto-replied\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: multipart/mixed; boundary=\"" + B.encode() + b"\"\n"
    b"\n"
    b"--" + B.encode() + b"\n"
    b"Content-Type: text/plain; charset=GBK\n"
    b"Content-Transfer-Encoding: 8bit\n\n" + zh.encode("gbk") + b"\n"
    b"--" + B.encode() + b"\n"
    b"Content-Type: text/rfc822-headers\n\n" + o.encode("ascii") + b"\n"
    b"--" + B.encode() + b"--\n")
add("sina-03.eml", msg, [exp("zhang.xin@sina.com", "spamdetected", "", "", "sina")])


# ============================================================= Sohu

# sohu-01: Sohu's own notice in Chinese, UTF-8 base64, with a DSN: no such user.
zh = ("您好！\n"
      "\n"
      "很遗憾，您的邮件无法投递到以下地址：\n"
      "\n"
      "    nosuchuser@sohu.com\n"
      "\n"
      "原因：收件人地址不存在（该用户不存在）。请核对收件人地址后重新发送。\n"
      "\n"
      "——搜狐邮件系统\n")
o = original("Alice Chen <alice@example.com>", "nosuchuser@sohu.com", "项目合作邀请",
             "<proj-invite-3301@example.com>", "Thu, 30 Nov 2023 09:05:01 +0800",
             "您好，\n\n诚邀贵方参与项目合作。\n\nAlice\n")
B = "=_sohu_bounce_656768A2_5D0C"
msg = (
    "Return-Path: <>\n"
    "Received: from mx1.sohu.com (mx1.sohu.com [220.181.90.8])\n"
    "\tby mail.example.com (Postfix) with ESMTPS id 4SgB0x1p7Kz9sWz\n"
    "\tfor <alice@example.com>; Thu, 30 Nov 2023 09:05:09 +0800 (CST)\n"
    "Date: Thu, 30 Nov 2023 09:05:06 +0800\n"
    "From: " + ew("搜狐邮件系统", "UTF-8") + " <postmaster@sohu.com>\n"
    "To: alice@example.com\n"
    "Subject: " + ew("退信：项目合作邀请", "UTF-8") + "\n"
    "Message-ID: <656768A2.5D0C.bounce@mx1.sohu.com>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + B + "\"\n"
    "\n"
    "--" + B + "\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: base64\n\n" + b64(zh.encode("utf-8")) + "\n"
    "--" + B + "\n"
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx1.sohu.com\n"
    "Arrival-Date: Thu, 30 Nov 2023 09:05:01 +0800\n\n"
    "Final-Recipient: rfc822; nosuchuser@sohu.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <nosuchuser@sohu.com>: Recipient address rejected: User does not exist\n"
    "\n--" + B + "\n"
    "Content-Type: message/rfc822\n\n" + o + "\n"
    "--" + B + "--\n")
add("sohu-01.eml", msg, [exp("nosuchuser@sohu.com", "userunknown", "5.1.1", "550", "sohu")])

# sohu-02: Postfix; the Sohu mailbox is over its storage allocation.
o = original("Alice Chen <alice@example.com>", "liang.qing@sohu.com", "Monthly report",
             "<monthly-2023-11-liang@example.com>", "Fri, 01 Dec 2023 10:00:00 +0800", "", headers_only=True)
add("sohu-02.eml", postfix(
    qid="4Sgm8T2c1Kz9sX1", date="Fri, 01 Dec 2023 10:00:06 +0800 (CST)",
    arrival="Fri, 01 Dec 2023 10:00:00 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231201020006", boundary_time="1701396006", headers_only=True,
    rcpts=[{"addr": "liang.qing@sohu.com", "rhost": "mx2.sohu.com", "rip": "220.181.90.9",
            "reply": "552 Requested mail action aborted: exceeded storage allocation",
            "cmd": "RCPT TO", "status": "5.0.0"}],
    orig=o), [exp("liang.qing@sohu.com", "mailboxfull", "5.0.0", "552", "postfix")])

# sohu-03: old plain-text Exim; Sohu rejects the content as spam.
o = original("Deals <deals@example.net>", "kong.hui@sohu.com", "You have won a prize!!!",
             "<deals.20231202.991@example.net>", "Sat, 02 Dec 2023 02:10:00 +0000",
             "Click here to claim your prize.\n", via="mail.example.net (Exim 4.96)", via_qid="1r9Hp0-0004Kx-1c")
add("sohu-03.eml", exim(
    eid="1r9Hp2-0004L0-0P", date="Sat, 02 Dec 2023 02:10:04 +0000", sender="deals@example.net",
    dsn=False, boundary_time="1701483004",
    rcpts=[{"addr": "kong.hui@sohu.com", "rhost": "mx1.sohu.com", "rip": "220.181.90.8",
            "when": "after end of data",
            "reply": "554 5.7.1 Message rejected: content identified as spam", "status": "5.7.1"}],
    orig=o), [exp("kong.hui@sohu.com", "spamdetected", "5.7.1", "554", "exim")])


# ============================================================= Aliyun

# aliyun-01: Postfix; Alibaba Mail (mxhichina) says the recipient does not exist.
o = original("Alice Chen <alice@example.com>", "nosuchuser@example.cn", "Partnership proposal",
             "<proposal-8812@example.com>", "Sat, 02 Dec 2023 14:20:00 +0800", "", headers_only=True)
add("aliyun-01.eml", postfix(
    qid="4ShR2m0q4dz9sX4", date="Sat, 02 Dec 2023 14:20:04 +0800 (CST)",
    arrival="Sat, 02 Dec 2023 14:20:00 +0800 (CST)", sender="alice@example.com",
    msgid_stamp="20231202062004", boundary_time="1701498004", headers_only=True,
    rcpts=[{"addr": "nosuchuser@example.cn", "rhost": "mx1.mxhichina.com", "rip": "47.246.146.50",
            "reply": "554 RCPT (nosuchuser@example.cn) dosn't exist", "cmd": "RCPT TO", "status": "5.0.0"}],
    orig=o), [exp("nosuchuser@example.cn", "userunknown", "5.0.0", "554", "postfix")])

# aliyun-02: Exim; Alibaba Mail's anti-spam stops a sender that sends too often.
o = original("Newsletter <news@example.net>", "info@example.cn", "December newsletter",
             "<news-2023-12-0001@example.net>", "Sun, 03 Dec 2023 01:00:00 +0000",
             "December newsletter.\n", via="mail.example.net (Exim 4.96)", via_qid="1r9dY1-0006Ab-2a")
add("aliyun-02.eml", exim(
    eid="1r9dY3-0006Ae-0Q", date="Sun, 03 Dec 2023 01:00:07 +0000", sender="news@example.net",
    boundary_time="1701565207",
    rcpts=[{"addr": "info@example.cn", "rhost": "mx2.mxhichina.com", "rip": "47.246.146.51",
            "when": "after end of data",
            "reply": "550 Mail content denied. ANTISPAM_BAT[01201311R157a, ay29a033018047105]: too frequently sending",
            "status": "5.0.0"}],
    orig=o), [exp("info@example.cn", "ratelimited", "5.0.0", "550", "exim")])

# aliyun-03: Alibaba Mail's own notice, Chinese UTF-8 quoted-printable, with a
# DSN: the local anti-spam engine (ESO_LOCAL_SPAM) judged the message spam.
zh = ("尊敬的用户您好：\n"
      "\n"
      "您发送的邮件未能投递到以下收件人：\n"
      "    hr@corp.example.cn\n"
      "\n"
      "退信原因：邮件内容被反垃圾系统判定为垃圾邮件（ESO_LOCAL_SPAM），收件服务器拒收。\n"
      "建议：请检查邮件内容，避免使用营销性质的标题和大量链接后重新发送。\n"
      "\n"
      "阿里邮箱\n")
o = original(ew("周杰", "UTF-8") + " <zhou.jie@example.cn>", "hr@corp.example.cn", "应聘简历-周杰",
             "<1701590400123.6612.zhou.jie@example.cn>", "Sun, 03 Dec 2023 16:00:00 +0800", "",
             via="smtp.aliyun-inc.com (mailfrontend)", via_qid="fwDQpr3_1701590399", headers_only=True)
B = "----ALIBABA-MAIL-BOUNCE-6566F1B2-0A1B"
msg = (
    "Return-Path: <>\n"
    "Received: from out30-111.freemail.mail.aliyun.com (out30-111.freemail.mail.aliyun.com [115.124.30.111])\n"
    "\tby mx.example.cn (Postfix) with ESMTPS id 2B7C12A00D4\n"
    "\tfor <zhou.jie@example.cn>; Sun, 03 Dec 2023 16:00:09 +0800 (CST)\n"
    "Date: Sun, 03 Dec 2023 16:00:06 +0800\n"
    "From: \"Mail Delivery System\" <MAILER-DAEMON@mxhichina.com>\n"
    "To: zhou.jie@example.cn\n"
    "Subject: " + ew("退信：应聘简历-周杰", "UTF-8") + "\n"
    "Message-ID: <6566F1B2.0A1B.bounce@mxhichina.com>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + B + "\"\n"
    "\n"
    "--" + B + "\n"
    "Content-Type: text/plain; charset=\"utf-8\"\n"
    "Content-Transfer-Encoding: quoted-printable\n\n" + qp(zh.encode("utf-8")) + "\n"
    "--" + B + "\n"
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; out30-111.freemail.mail.aliyun.com\n\n"
    "Final-Recipient: rfc822; hr@corp.example.cn\n"
    "Action: failed\n"
    "Status: 5.7.1\n"
    "Remote-MTA: dns; mx1.mxhichina.com\n"
    "Diagnostic-Code: smtp; 554 5.7.1 Mail content denied. ESO_LOCAL_SPAM[01201311R321e, ay29a033018047061]\n"
    "\n--" + B + "\n"
    "Content-Type: text/rfc822-headers\n\n" + o + "\n"
    "--" + B + "--\n")
add("aliyun-03.eml", msg, [exp("hr@corp.example.cn", "spamdetected", "5.7.1", "554", "aliyun")])

# aliyun-04: Postfix; Alibaba Mail refuses recipients beyond its threshold.
o = original("Events <events@example.com>", ["a.li@example.cn", "b.wu@example.cn", "c.xu@example.cn"],
             "Annual meeting invitation", "<annual-2023-inv@example.com>",
             "Mon, 04 Dec 2023 09:00:00 +0800", "", headers_only=True)
add("aliyun-04.eml", postfix(
    qid="4SjK4r3gQHz9sX7", date="Mon, 04 Dec 2023 09:00:05 +0800 (CST)",
    arrival="Mon, 04 Dec 2023 09:00:00 +0800 (CST)", sender="events@example.com",
    msgid_stamp="20231204010005", boundary_time="1701651605", headers_only=True,
    rcpts=[{"addr": a, "rhost": "mx1.mxhichina.com", "rip": "47.246.146.50",
            "reply": "550 RCPT (%s) exceeded the threshold of recipients per session" % a,
            "cmd": "RCPT TO", "status": "5.0.0"} for a in ("b.wu@example.cn", "c.xu@example.cn")],
    orig=o), [exp(a, "ratelimited", "5.0.0", "550", "postfix") for a in ("b.wu@example.cn", "c.xu@example.cn")])


# ============================================================= Yahoo / AOL

# yahoo-01: Postfix; the Yahoo account is over quota.
o = original("Alice Chen <alice@example.com>", "jenny.smith@yahoo.com", "Re: dinner on Saturday",
             "<9c1e77aa-dinner@example.com>", "Mon, 04 Dec 2023 19:30:00 -0800",
             "Saturday at 7 works for us.\n")
add("yahoo-01.eml", postfix(
    qid="4SjmWb5Fh4z9sX9", date="Mon, 04 Dec 2023 19:30:04 -0800 (PST)",
    arrival="Mon, 04 Dec 2023 19:30:00 -0800 (PST)", sender="alice@example.com",
    msgid_stamp="20231205033004", boundary_time="1701747004",
    rcpts=[{"addr": "jenny.smith@yahoo.com", "rhost": "mta6.am0.yahoodns.net", "rip": "67.195.228.106",
            "reply": "554 delivery error: dd Sorry, your message to jenny.smith@yahoo.com cannot be delivered. This account is over quota. - mta4132.mail.gq1.yahoo.com",
            "cmd": "end of DATA", "status": "5.0.0"}],
    orig=o), [exp("jenny.smith@yahoo.com", "mailboxfull", "5.0.0", "554", "postfix")])

# yahoo-02: Yahoo's own plain-text bounce: the mailbox is disabled (554.30).
o = original("Alice Brown <alice@example.net>", "old.friend1999@yahoo.com", "Long time no see",
             "<20231205.longtime.42@example.net>", "Tue, 05 Dec 2023 06:12:30 -0800",
             "Hi,\n\nIt's been a while! How are you?\n\nAlice\n",
             via="smtp.mail.yahoo.com", via_qid="2b1c8e0f7a3d", client_ip="198.51.100.88")
msg = (
    "Return-Path: <>\n"
    "Received: from 10.217.151.75\n"
    "\tby atlas310.free.mail.bf1.yahoo.com with HTTP; Tue, 5 Dec 2023 14:12:34 +0000\n"
    "Received: from 127.0.0.1 by mta1022.mail.bf1.yahoo.com with SMTP; Tue, 05 Dec 2023 14:12:33 +0000\n"
    "Date: 5 Dec 2023 14:12:33 +0000\n"
    "From: MAILER-DAEMON@yahoo.com\n"
    "To: alice@example.net\n"
    "Subject: Failure Notice\n"
    "Message-ID: <1701785553.29117.mta1022.mail.bf1.yahoo.com@yahoo.com>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "Sorry, we were unable to deliver your message to the following address.\n"
    "\n"
    "<old.friend1999@yahoo.com>:\n"
    "Remote host said: 554 delivery error: dd Sorry, your message to old.friend1999@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta4310.mail.bf1.yahoo.com [RCPT_TO]\n"
    "\n"
    "--- Below this line is a copy of the message.\n"
    "\n" + o)
add("yahoo-02.eml", msg, [exp("old.friend1999@yahoo.com", "suspend", "", "554", "yahoo")])

# yahoo-03: Exim with DSN; the address has no Yahoo account.
o = original("Alice Brown <alice@example.net>", "nosuchuser@yahoo.com", "Conference registration",
             "<conf-reg-20231206@example.net>", "Wed, 06 Dec 2023 10:00:00 +0000",
             "Your registration is confirmed.\n", via="mail.example.net (Exim 4.96)", via_qid="1rAoQ0-0002Bb-3x")
add("yahoo-03.eml", exim(
    eid="1rAoQ2-0002Be-0C", date="Wed, 06 Dec 2023 10:00:03 +0000", sender="alice@example.net",
    boundary_time="1701856803",
    rcpts=[{"addr": "nosuchuser@yahoo.com", "rhost": "mta7.am0.yahoodns.net", "rip": "67.195.204.72",
            "when": "after RCPT TO:<nosuchuser@yahoo.com>",
            "reply": "554 delivery error: dd This user doesn't have a yahoo.com account (nosuchuser@yahoo.com) [0] - mta4019.mail.ne1.yahoo.com",
            "status": "5.0.0"}],
    orig=o), [exp("nosuchuser@yahoo.com", "userunknown", "5.0.0", "554", "exim")])

# yahoo-04: a Postfix delay notice; Yahoo defers the IP (TSS04).
o = original("News <news@example.com>", "mark.lee@yahoo.com", "Weekly digest",
             "<digest-2023-49@example.com>", "Thu, 07 Dec 2023 07:00:00 -0800", "", headers_only=True)
add("yahoo-04.eml", postfix(
    qid="4Sm3Hk1vDbz9sXC", date="Thu, 07 Dec 2023 11:02:17 -0800 (PST)",
    arrival="Thu, 07 Dec 2023 07:00:00 -0800 (PST)", sender="news@example.com",
    msgid_stamp="20231207190217", boundary_time="1701975737", delayed=True,
    retry_until="Tue, 12 Dec 2023 07:00:00 -0800 (PST)",
    rcpts=[{"addr": "mark.lee@yahoo.com", "rhost": "mta5.am0.yahoodns.net", "rip": "98.136.96.76",
            "reply": "421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            "cmd": "MAIL FROM", "status": "4.7.0"}],
    orig=o), [exp("mark.lee@yahoo.com", "badreputation", "4.7.0", "421", "postfix")])

# yahoo-05: Postfix; AOL (on Yahoo's servers) refuses the connection: the IP
# is on Spamhaus's list (BL21).
o = original("Alice Chen <alice@example.com>", "grandpa.joe@aol.com", "Holiday photos",
             "<holiday-photos-2023@example.com>", "Fri, 08 Dec 2023 09:15:00 -0800", "", headers_only=True)
add("yahoo-05.eml", postfix(
    qid="4SmVv01jZ5z9sXD", date="Fri, 08 Dec 2023 09:15:06 -0800 (PST)",
    arrival="Fri, 08 Dec 2023 09:15:00 -0800 (PST)", sender="alice@example.com",
    msgid_stamp="20231208171506", boundary_time="1702055706", headers_only=True,
    rcpts=[{"addr": "grandpa.joe@aol.com", "rhost": "mx-aol.mail.gm0.yahoodns.net", "rip": "67.195.204.79",
            "reply": "553 5.7.2 [BL21] Connections will not be accepted from 203.0.113.25, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
            "refused": True, "status": "5.7.2"}],
    orig=o), [exp("grandpa.joe@aol.com", "blocked", "5.7.2", "553", "postfix")])


# ============================================================= Gmail

NOSUCH = gsmtp("550", "5.1.1", [
    "The email account that you tried to reach does not exist. Please try",
    "double-checking the recipient's email address for typos or",
    "unnecessary spaces. For more information, go to",
    " https://support.google.com/mail/?p=NoSuchUser"], "41be03b00d2f7-5c1f3e2b2a1si1204562a12.311")


def gmail_dsn(*, rcpt, date, arrival, sender, headline, text, diag, status, remote, msgid, orig, orig_msgid, rcvd):
    """Gmail's own Delivery Status Notification (Failure), current format."""
    B0 = "000000000000a1b2c3060b9f1e01"
    B1 = "000000000000a1b2c3060b9f1e02"
    B2 = "000000000000a1b2c3060b9f1e03"
    html = ("<html>\n<head></head>\n<body>\n<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td>\n"
            "<h2 style=\"font-weight:normal\">%s</h2>\n<p>%s</p>\n</td></tr></table>\n</body>\n</html>\n" % (
                headline, text.replace("\n\n", "</p>\n<p>")))
    dsn = ("Reporting-MTA: dns; googlemail.com\n"
           "Received-From-MTA: dns; %s\n"
           "Arrival-Date: %s\n"
           "X-Original-Message-ID: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Action: failed\n"
           "Status: %s\n" % (sender, arrival, orig_msgid, rcpt, status))
    if remote:
        dsn += "Remote-MTA: dns; %s\n" % remote
    dsn += "Diagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n" % ("\n ".join(diag.split("\n")), date)
    return (
        "Return-Path: <>\n" + rcvd +
        "Content-Type: multipart/report; boundary=\"" + B0 + "\"; report-type=delivery-status\n"
        "Received: by 2002:a17:90b:4c4a:b0:286:6cc1:5f2d with SMTP id np10csp1234567pjb;\n"
        "        " + date + "\n"
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
        "To: " + sender + "\n"
        "Auto-Submitted: auto-replied\n"
        "Subject: Delivery Status Notification (Failure)\n"
        "References: " + orig_msgid + "\n"
        "In-Reply-To: " + orig_msgid + "\n"
        "X-Failed-Recipients: " + rcpt + "\n"
        "Message-ID: " + msgid + "\n"
        "Date: " + date + "\n"
        "MIME-Version: 1.0\n"
        "\n"
        "--" + B0 + "\n"
        "Content-Type: multipart/related; boundary=\"" + B1 + "\"\n\n"
        "--" + B1 + "\n"
        "Content-Type: multipart/alternative; boundary=\"" + B2 + "\"\n\n"
        "--" + B2 + "\n"
        "Content-Type: text/plain; charset=\"UTF-8\"\n\n"
        "\n** " + headline + " **\n\n" + text + "\n\n"
        "--" + B2 + "\n"
        "Content-Type: text/html; charset=\"UTF-8\"\n\n" + html + "\n"
        "--" + B2 + "--\n\n"
        "--" + B1 + "--\n\n"
        "--" + B0 + "\n"
        "Content-Type: message/delivery-status\n\n" + dsn + "\n"
        "--" + B0 + "\n"
        "Content-Type: message/rfc822\n\n" + orig + "\n"
        "--" + B0 + "--\n")


# gmail-01: Gmail's own DSN (a Google Workspace sender): the address does not exist.
om = "<CAJx1v3r8Q2eXb7p0fA5Lm+9KdT4wYz6u=Hs1nQ@mail.gmail.com>"
o = original("Alice Chen <alice@example.com>", "nosuchuser.2023@gmail.com", "Lunch on Friday?", om,
             "Tue, 12 Dec 2023 02:31:05 -0800", "Hi,\n\nLunch on Friday?\n\nAlice\n",
             via="smtp.gmail.com", via_qid="d2e1a72fcca58-6ce9c4b1a2fsm7712345b3a.71")
add("gmail-01.eml", gmail_dsn(
    rcpt="nosuchuser.2023@gmail.com", sender="alice@example.com",
    date="Tue, 12 Dec 2023 02:31:07 -0800 (PST)", arrival="Tue, 12 Dec 2023 02:31:06 -0800 (PST)",
    headline="Address not found",
    text=("Your message wasn't delivered to nosuchuser.2023@gmail.com because the address couldn't be found, or is unable to receive mail.\n\n"
          "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
          "The response was:\n\n"
          "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser"),
    diag=("The email account that you tried to reach does not exist. Please try\n"
          "double-checking the recipient's email address for typos or\n"
          "unnecessary spaces. For more information, go to\n"
          "https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5c1f3e2b2a1sor1204562a12.311 - gsmtp"),
    status="5.1.1", remote=None, msgid="<65783a4b.050a0220.1d2e8.4c71.GMR@mx.google.com>",
    orig=o, orig_msgid=om,
    rcvd="Received: by 2002:a05:7300:5b0f:b0:f1:9c3a:1b2e with SMTP id u15csp3311887dyg;\n"
         "        Tue, 12 Dec 2023 02:31:07 -0800 (PST)\n"),
    [exp("nosuchuser.2023@gmail.com", "userunknown", "5.1.1", "", "gmail")])

# gmail-02: Postfix; the Gmail account is over quota.
o = original("Alice Chen <alice@example.com>", "bob.miller@gmail.com", "Shared album",
             "<album-share-5521@example.com>", "Wed, 13 Dec 2023 08:10:00 -0800", "Here is the album.\n")
add("gmail-02.eml", postfix(
    qid="4SqL0B3wQ7z9sXG", date="Wed, 13 Dec 2023 08:10:04 -0800 (PST)",
    arrival="Wed, 13 Dec 2023 08:10:00 -0800 (PST)", sender="alice@example.com",
    msgid_stamp="20231213161004", boundary_time="1702483804",
    rcpts=[{"addr": "bob.miller@gmail.com", "rhost": "gmail-smtp-in.l.google.com", "rip": "142.250.102.27",
            "reply": gsmtp("552", "5.2.2", [
                "The email account that you tried to reach is over quota. Please direct",
                "the recipient to",
                " https://support.google.com/mail/?p=OverQuotaPerm"], "h9-20020a05600c350900b0040c4d1f6a2bsi812345wmq.98"),
            "cmd": "end of DATA", "status": "5.2.2"}],
    orig=o), [exp("bob.miller@gmail.com", "mailboxfull", "5.2.2", "552", "postfix")])

# gmail-03: Gmail's own DSN for a Workspace domain's remote refusal: disabled account.
om = "<CAK8mZ1p0cQ+Vt3e5sY7uL2rN9oB4xW6jF=aG0hD@mail.gmail.com>"
o = original("Alice Chen <alice@example.com>", "former.employee@example.net", "Final paycheck documents", om,
             "Thu, 14 Dec 2023 09:40:11 -0800", "Hi,\n\nPlease find the documents attached.\n\nAlice\n",
             via="smtp.gmail.com", via_qid="u23-20020a17090a6a1700b0028ae4c1d6e9sm1234567pjj.17")
DISABLED = gsmtp("550", "5.2.1", [
    "The email account that you tried to reach is disabled. Learn more at",
    " https://support.google.com/mail/?p=DisabledUser"], "u23-20020a17090a6a1700b0028ae4c1d6e9si4412345pjj.17")
add("gmail-03.eml", gmail_dsn(
    rcpt="former.employee@example.net", sender="alice@example.com",
    date="Thu, 14 Dec 2023 09:40:14 -0800 (PST)", arrival="Thu, 14 Dec 2023 09:40:12 -0800 (PST)",
    headline="Message not delivered",
    text=("There was a problem delivering your message to former.employee@example.net. See the technical details below.\n\n"
          "The response from the remote server was:\n\n"
          "550 5.2.1 The email account that you tried to reach is disabled. Learn more at "
          "https://support.google.com/mail/?p=DisabledUser u23-20020a17090a6a1700b0028ae4c1d6e9si4412345pjj.17 - gsmtp"),
    diag=DISABLED, status="5.2.1", remote="aspmx.l.google.com. (142.250.27.26, the server for the domain example.net.)",
    msgid="<657b3e1e.170a0220.3b9f2.1a07.GMR@mx.google.com>", orig=o, orig_msgid=om,
    rcvd="Received: by 2002:a05:7108:40c1:b0:34e:1c2:99d7 with SMTP id h1csp2210345gdq;\n"
         "        Thu, 14 Dec 2023 09:40:14 -0800 (PST)\n"),
    [exp("former.employee@example.net", "suspend", "5.2.1", "550", "gmail")])

# gmail-04: Postfix; Gmail blocks the message for the sending domain's low reputation.
o = original("Offers <offers@example.com>", "susan.park@gmail.com", "Exclusive offer inside",
             "<offer-77120@example.com>", "Fri, 15 Dec 2023 06:00:00 -0800", "", headers_only=True)
add("gmail-04.eml", postfix(
    qid="4SsD4v2Yt8z9sXJ", date="Fri, 15 Dec 2023 06:00:03 -0800 (PST)",
    arrival="Fri, 15 Dec 2023 06:00:00 -0800 (PST)", sender="offers@example.com",
    msgid_stamp="20231215140003", boundary_time="1702648803", headers_only=True,
    rcpts=[{"addr": "susan.park@gmail.com", "rhost": "gmail-smtp-in.l.google.com", "rip": "142.250.102.26",
            "reply": gsmtp("550", "5.7.1", [
                "[203.0.113.25      12] Our system has detected that this message is",
                "likely suspicious due to the very low reputation of the sending",
                "domain. To best protect our users from spam, the message has been",
                "blocked. For more information, go to",
                " https://support.google.com/mail/answer/188131"], "q10-20020a05620a0c4a00b0077d8a6b1f3csi1122334qki.551"),
            "cmd": "end of DATA", "status": "5.7.1"}],
    orig=o), [exp("susan.park@gmail.com", "badreputation", "5.7.1", "550", "postfix")])

# gmail-05: a Postfix delay notice; Gmail rate limits the IP for unsolicited mail.
o = original("News <news@example.com>", "kevin.wu@gmail.com", "Weekly digest",
             "<digest-2023-50@example.com>", "Sat, 16 Dec 2023 07:00:00 -0800", "", headers_only=True)
add("gmail-05.eml", postfix(
    qid="4SsnR53Vhbz9sXL", date="Sat, 16 Dec 2023 11:03:40 -0800 (PST)",
    arrival="Sat, 16 Dec 2023 07:00:00 -0800 (PST)", sender="news@example.com",
    msgid_stamp="20231216190340", boundary_time="1702753420", delayed=True,
    retry_until="Thu, 21 Dec 2023 07:00:00 -0800 (PST)",
    rcpts=[{"addr": "kevin.wu@gmail.com", "rhost": "gmail-smtp-in.l.google.com", "rip": "142.250.102.27",
            "reply": gsmtp("421", "4.7.0", [
                "[203.0.113.25      15] Our system has detected an unusual rate of",
                "unsolicited mail originating from your IP address. To protect our",
                "users from spam, mail sent from your IP address has been temporarily",
                "rate limited. For more information, go to",
                " https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
                "review our Bulk Email Senders Guidelines."], "d9-20020a05620a240900b0077f3b1c8a2fsi991234qkn.211"),
            "cmd": "end of DATA", "status": "4.7.0"}],
    orig=o), [exp("kevin.wu@gmail.com", "badreputation", "4.7.0", "421", "postfix")])

# gmail-06: Exim with DSN; Gmail wants a PTR record for the sending IP.
o = original("Alice Brown <alice@example.net>", "tom.baker@gmail.com", "Minutes of the board meeting",
             "<minutes-20231217@example.net>", "Sun, 17 Dec 2023 12:00:00 +0000",
             "Minutes attached.\n", via="mail.example.net (Exim 4.96)", via_qid="1rEsY0-000Cc1-2h")
add("gmail-06.eml", exim(
    eid="1rEsY2-000Cc4-0R", date="Sun, 17 Dec 2023 12:00:03 +0000", sender="alice@example.net",
    boundary_time="1702814403",
    rcpts=[{"addr": "tom.baker@gmail.com", "rhost": "gmail-smtp-in.l.google.com", "rip": "142.250.102.27",
            "when": "after end of data",
            "reply": gsmtp("550", "5.7.25", [
                "[203.0.113.25] The IP address sending this message does not have a",
                "PTR record setup, or the corresponding forward DNS entry does not",
                "point to the sending IP. As a policy, Gmail does not accept messages",
                "from IPs with missing PTR records. For more information, go to",
                " https://support.google.com/mail/answer/81126#ip-practices"], "a1-20020a5d4d41000000b0033642f2b1c4si7712345wru.402"),
            "status": "5.7.25"}],
    orig=o), [exp("tom.baker@gmail.com", "requireptr", "5.7.25", "550", "exim")])

# gmail-07: Postfix; unauthenticated mail refused under the domain's DMARC policy.
o = original("Billing <billing@example.com>", "rachel.green@gmail.com", "Payment received",
             "<pay-rcpt-99120@example.com>", "Mon, 18 Dec 2023 10:00:00 -0800", "", headers_only=True)
add("gmail-07.eml", postfix(
    host="mta2.example.com", qid="4Stz0n1Lkfz4wQy", date="Mon, 18 Dec 2023 10:00:04 -0800 (PST)",
    arrival="Mon, 18 Dec 2023 10:00:00 -0800 (PST)", sender="billing@example.com",
    msgid_stamp="20231218180004", boundary_time="1702922404", headers_only=True,
    rcpts=[{"addr": "rachel.green@gmail.com", "rhost": "gmail-smtp-in.l.google.com", "rip": "142.250.102.26",
            "reply": gsmtp("550", "5.7.26", [
                "Unauthenticated email from example.com is not accepted due to",
                "domain's DMARC policy. Please contact the administrator of",
                "example.com domain if this was a legitimate mail. To learn about",
                "the DMARC initiative, go to",
                " https://support.google.com/mail/?p=DmarcRejection"], "v8-20020a05622a188800b004259bd5e1c2si1234567qtc.512"),
            "cmd": "end of DATA", "status": "5.7.26"}],
    orig=o), [exp("rachel.green@gmail.com", "authfailure", "5.7.26", "550", "postfix")])


# ============================================================= Microsoft

def o365_ndr(*, gen, date, sender, sender_name, rcpt, rcpt_local, rcpt_domain, title, sub, fix, remote_said,
             status, exch_guid, msgid, orig, orig_subject, arrival, action_label, remote_mta=None,
             vendor_hint="Office 365"):
    """The Exchange Online / Exchange 2016+ NDR: text, DSN, original."""
    B0 = "_000_%s_" % msgid.strip("<>").split("@")[0].replace(".", "")[:40]
    B1 = "_001_%s_" % msgid.strip("<>").split("@")[0].replace(".", "")[:40]
    text = (
        "%s\n\n%s\n\n"
        "%s    %s    %s\n"
        "Action Required                 Recipient\n\n"
        "%s\n\n"
        "How to Fix It\n%s\n\n"
        "Was this helpful? Send feedback to Microsoft.\n"
        "________________________________\n\n"
        "More Info for Email Admins\n"
        "Status code: %s\n\n"
        "Diagnostic information for administrators:\n\n"
        "Generating server: %s\n\n"
        "%s\n"
        "Remote server returned '%s'\n\n"
        "Original message headers:\n\n"
        "Received: from %s (2603:10b6:806:3b::21)\n by %s with HTTPS; %s\n"
        "From: %s <%s>\n"
        "To: %s\n"
        "Subject: %s\n"
        "Date: %s\n"
        "Message-ID: %s\n" % (
            title, sub, sender_name.split()[0], vendor_hint, rcpt_local, action_label, fix, status, gen, rcpt, remote_said, gen, gen, arrival, sender_name, sender, rcpt,
            orig_subject, arrival, orig.split("Message-ID: ")[1].split("\n")[0]))
    html = "<html><body><p>%s</p><p>%s</p><p>Diagnostic information for administrators:</p><p>Generating server: %s</p><p>%s<br>Remote server returned '%s'</p></body></html>\n" % (
        title, sub, gen, rcpt, remote_said)
    dsn = ("Reporting-MTA: dns;%s\n"
           "Received-From-MTA: dns;%s\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: %s\n"
           "Diagnostic-Code: smtp;%s\n" % (gen, gen, arrival, rcpt, status, remote_said))
    if remote_mta:
        dsn += "Remote-MTA: dns;%s\n" % remote_mta
    dsn += "X-Display-Name: %s\n" % rcpt
    return (
        "Return-Path: <>\n"
        "Received: from %s ([fe80::9d2a:4c1b:77e0:1f3a]) by %s\n"
        " ([fe80::9d2a:4c1b:77e0:1f3a%%4]) with mapi id 15.20.7068.031; %s\n" % (gen, gen, date) +
        "MIME-Version: 1.0\n"
        "From: Microsoft Outlook <MicrosoftExchange%s@%s>\n" % (exch_guid, sender.split("@")[1]) +
        "To: " + sender_name + " <" + sender + ">\n"
        "Date: " + date + "\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"" + B0 + "\"\n"
        "X-MS-Exchange-Message-Is-Ndr:\n"
        "Content-Language: en-US\n"
        "Message-ID: " + msgid + "\n"
        "In-Reply-To: " + orig.split("Message-ID: ")[1].split("\n")[0] + "\n"
        "Subject: Undeliverable: " + orig_subject + "\n"
        "Auto-Submitted: auto-replied\n"
        "X-MS-PublicTrafficType: Email\n"
        "\n"
        "--" + B0 + "\n"
        "Content-Type: multipart/alternative; differences=Content-Type;\n"
        "\tboundary=\"" + B1 + "\"\n\n"
        "--" + B1 + "\n"
        "Content-Type: text/plain; charset=\"us-ascii\"\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.encode("ascii")) + "\n"
        "--" + B1 + "\n"
        "Content-Type: text/html; charset=\"us-ascii\"\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html.encode("ascii")) + "\n"
        "--" + B1 + "--\n\n"
        "--" + B0 + "\n"
        "Content-Type: message/delivery-status\n\n" + dsn + "\n"
        "--" + B0 + "\n"
        "Content-Type: message/rfc822\n\n" + orig + "\n"
        "--" + B0 + "--\n")


# outlook-01: the Office 365 NDR: recipient not found by SMTP address lookup (5.1.10).
o = original("Alice Chen <alice@example.com>", "nosuchuser@example.org", "Contract draft v3",
             "<SN6PR04MB47984D2A1C3B5E6F7A8B9C0DA1@SN6PR04MB4798.namprd04.prod.outlook.com>",
             "Tue, 19 Dec 2023 15:20:11 +0000", "Hi,\n\nPlease review the attached contract draft.\n\nAlice\n")
add("outlook-01.eml", o365_ndr(
    gen="SN6PR04MB4798.namprd04.prod.outlook.com", date="Tue, 19 Dec 2023 15:20:14 +0000",
    sender="alice@example.com", sender_name="Alice Chen", rcpt="nosuchuser@example.org",
    rcpt_local="nosuchuser", rcpt_domain="example.org",
    title="Your message to nosuchuser@example.org couldn't be delivered.",
    sub="nosuchuser wasn't found at example.org.",
    fix="The address may be misspelled or may not exist. Try one or more of the following:\n"
        "- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.\n"
        "- Retype the entire address and then select Send.\n"
        "- Contact the recipient (by phone, for example) to check that the address exists and is correct.",
    remote_said="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nosuchuser@example.org not found by SMTP address lookup",
    status="5.1.10", exch_guid="329e71ec88ae4615bbc36ab6ce41109e",
    msgid="<5f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@SN6PR04MB4798.namprd04.prod.outlook.com>",
    orig=o, orig_subject="Contract draft v3", arrival="Tue, 19 Dec 2023 15:20:11 +0000",
    action_label="Unknown To address", remote_mta="example-org.mail.protection.outlook.com"),
    [exp("nosuchuser@example.org", "userunknown", "5.1.10", "550", "exchange")])  # Exchange Online wrote it

# outlook-02: Postfix; Office 365 refuses mail failing DMARC (5.7.509).
o = original("Billing <billing@example.com>", "accounts@example.net", "Statement December",
             "<stmt-12-2023-0042@example.com>", "Wed, 20 Dec 2023 09:10:00 +0000", "", headers_only=True)
add("outlook-02.eml", postfix(
    host="mta2.example.com", qid="4SvxQ61Yb2z4wR1", date="Wed, 20 Dec 2023 09:10:03 +0000 (UTC)",
    arrival="Wed, 20 Dec 2023 09:10:00 +0000 (UTC)", sender="billing@example.com",
    msgid_stamp="20231220091003", boundary_time="1703063403", headers_only=True,
    rcpts=[{"addr": "accounts@example.net", "rhost": "example-net.mail.protection.outlook.com", "rip": "52.101.40.26",
            "reply": "550 5.7.509 Access denied, sending domain EXAMPLE.COM does not pass DMARC verification and has a DMARC policy of reject. [BN1NAM02FT043.eop-nam02.prod.protection.outlook.com 2023-12-20T09:10:03.412Z 08DC00F3A1B2C3D4]",
            "cmd": "end of DATA", "status": "5.7.509"}],
    orig=o), [exp("accounts@example.net", "authfailure", "5.7.509", "550", "postfix")])

# outlook-03: Postfix; Outlook.com's block list for the sending IP (S3150).
o = original("Alice Chen <alice@example.com>", "daniel.wright@hotmail.com", "Tickets for Saturday",
             "<tickets-sat-2023@example.com>", "Thu, 21 Dec 2023 18:00:00 +0000", "", headers_only=True)
add("outlook-03.eml", postfix(
    qid="4SwbH33kLhz9sXP", date="Thu, 21 Dec 2023 18:00:02 +0000 (UTC)",
    arrival="Thu, 21 Dec 2023 18:00:00 +0000 (UTC)", sender="alice@example.com",
    msgid_stamp="20231221180002", boundary_time="1703181602", headers_only=True,
    rcpts=[{"addr": "daniel.wright@hotmail.com", "rhost": "hotmail-com.olc.protection.outlook.com", "rip": "52.101.8.41",
            "reply": "550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5EUR03FT034.eop-EUR03.prod.protection.outlook.com 2023-12-21T18:00:02.118Z 08DC0216B7E1D2C3]",
            "cmd": "MAIL FROM", "status": "5.7.1"}],
    orig=o), [exp("daniel.wright@hotmail.com", "blocked", "5.7.1", "550", "postfix")])

# outlook-04: Exim; Exchange Online Protection finds the client IP on Spamhaus.
o = original("Alice Brown <alice@example.net>", "info@example.org", "Supplier registration",
             "<supplier-reg-20231222@example.net>", "Fri, 22 Dec 2023 08:45:00 +0000",
             "Please register us as a supplier.\n", via="mail.example.net (Exim 4.96)", via_qid="1rGbA0-000Dd1-1q")
add("outlook-04.eml", exim(
    eid="1rGbA2-000Dd4-2Z", date="Fri, 22 Dec 2023 08:45:02 +0000", sender="alice@example.net",
    boundary_time="1703234702",
    rcpts=[{"addr": "info@example.org", "rhost": "example-org.mail.protection.outlook.com", "rip": "52.101.41.17",
            "when": "after RCPT TO:<info@example.org>",
            "reply": "550 5.7.1 Service unavailable, Client host [203.0.113.25] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.25 AS(1450) [BN8NAM11FT058.eop-nam11.prod.protection.outlook.com 2023-12-22T08:45:02.551Z 08DC02A4C1D2E3F4]",
            "status": "5.7.1"}],
    orig=o), [exp("info@example.org", "blocked", "5.7.1", "550", "exim")])

# outlook-05: Postfix (2014); the old Hotmail MX refuses the connection: SC-001.
o = original("Alice Chen <alice@example.com>", "mike_t@hotmail.com", "Spring newsletter",
             "<spring-nl-2014@example.com>", "Tue, 18 Mar 2014 10:00:00 +0000", "", headers_only=True)
add("outlook-05.eml", postfix(
    qid="3fpQ2L0Hkhz7Lk4", date="Tue, 18 Mar 2014 10:00:41 +0000 (UTC)",
    arrival="Tue, 18 Mar 2014 10:00:00 +0000 (UTC)", sender="alice@example.com",
    msgid_stamp="20140318100041", boundary_time="1395136841", headers_only=True,
    rcpts=[{"addr": "mike_t@hotmail.com", "rhost": "mx3.hotmail.com", "rip": "65.55.92.184",
            "reply": "550 SC-001 (BAY004-MC5F23) Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help. Email/network admins, please visit http://postmaster.live.com for email delivery information and support",
            "refused": True, "status": "5.0.0"}],
    orig=o), [exp("mike_t@hotmail.com", "blocked", "5.0.0", "550", "postfix")])

# outlook-06: Exim (2012); Hotmail refuses the message after DATA: OU-002.
o = original("Alice Brown <alice@example.net>", "lucy.h@hotmail.com", "Weekend sale",
             "<weekend-sale-2012@example.net>", "Sat, 06 Oct 2012 09:00:00 +0100",
             "This weekend only: 20% off.\n", via="mail.example.net (Exim 4.80)", via_qid="1TKTyS-0004Hh-Af")
add("outlook-06.eml", exim(
    eid="1TKTyU-0004Hk-Cs", date="Sat, 06 Oct 2012 09:00:05 +0100", sender="alice@example.net",
    version="4.80", boundary_time="1349510405",
    rcpts=[{"addr": "lucy.h@hotmail.com", "rhost": "mx1.hotmail.com", "rip": "65.55.37.120",
            "when": "after end of data",
            "reply": "550 OU-002 (SNT0-MC4-F19) Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help. Email/network admins, please visit http://postmaster.live.com for email delivery information and support",
            "status": "5.0.0"}],
    orig=o), [exp("lucy.h@hotmail.com", "policyviolation", "5.0.0", "550", "exim")])

# outlook-07: an on-premises Exchange 2016 NDR: the recipient's mailbox is full.
o = original("Alice Chen <alice@example.com>", "bob.jones@example.org", "Updated price list",
             "<pricelist-2024-01@example.com>", "Tue, 09 Jan 2024 11:30:00 +0000",
             "Hi Bob,\n\nThe updated price list is attached.\n\nAlice\n")
msg = o365_ndr(
    gen="EXCH01.corp.example.org", date="Tue, 09 Jan 2024 11:30:06 +0000",
    sender="alice@example.com", sender_name="Alice Chen", rcpt="bob.jones@example.org",
    rcpt_local="bob.jones", rcpt_domain="example.org",
    title="Your message to bob.jones@example.org couldn't be delivered.",
    sub="bob.jones's mailbox is full.",
    fix="The recipient's mailbox is full and can't accept messages now. Try resending your message later, or contact the recipient directly.",
    remote_said="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=bob.jones.[EndDiagnosticData]",
    status="5.2.2", exch_guid="a91c0f2e6b3d4c7e8f9a0b1c2d3e4f50",
    msgid="<7e2b1c4d9a8f4e3b@EXCH01.corp.example.org>",
    orig=o, orig_subject="Updated price list", arrival="Tue, 09 Jan 2024 11:30:01 +0000",
    action_label="Mailbox full", vendor_hint="Microsoft Exchange")
# The on-premises server writes as postmaster of the recipient's domain, and
# its NDR arrives from outside: From and Received differ from Exchange Online.
msg = msg.replace("From: Microsoft Outlook <MicrosoftExchangea91c0f2e6b3d4c7e8f9a0b1c2d3e4f50@example.com>",
                  "From: postmaster@example.org")
msg = msg.replace(
    "Received: from EXCH01.corp.example.org ([fe80::9d2a:4c1b:77e0:1f3a]) by EXCH01.corp.example.org\n"
    " ([fe80::9d2a:4c1b:77e0:1f3a%4]) with mapi id 15.20.7068.031; Tue, 09 Jan 2024 11:30:06 +0000\n",
    "Received: from mail.example.org (mail.example.org [192.0.2.40])\n"
    "\tby mail.example.com (Postfix) with ESMTPS id 4T8L2k0x3Hz9sXS\n"
    "\tfor <alice@example.com>; Tue, 09 Jan 2024 11:30:08 +0000 (UTC)\n"
    "Received: from EXCH01.corp.example.org (10.20.1.11) by EXCH01.corp.example.org\n"
    " (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
    " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.35; Tue, 9 Jan 2024\n"
    " 11:30:06 +0000\n")
msg = msg.replace("X-MS-PublicTrafficType: Email\n", "X-MS-Exchange-Organization-SCL: -1\n")
add("outlook-07.eml", msg, [exp("bob.jones@example.org", "mailboxfull", "5.2.2", "554", "exchange")])

# outlook-08: Postfix; Outlook.com: mailbox unavailable (the address does not exist).
o = original("Alice Chen <alice@example.com>", "nosuchuser_88@outlook.com", "Your order has shipped",
             "<ship-notice-55120@example.com>", "Wed, 10 Jan 2024 14:00:00 +0000", "", headers_only=True)
add("outlook-08.eml", postfix(
    qid="4T8wQ91mJtz9sXT", date="Wed, 10 Jan 2024 14:00:02 +0000 (UTC)",
    arrival="Wed, 10 Jan 2024 14:00:00 +0000 (UTC)", sender="alice@example.com",
    msgid_stamp="20240110140002", boundary_time="1704895202", headers_only=True,
    rcpts=[{"addr": "nosuchuser_88@outlook.com", "rhost": "outlook-com.olc.protection.outlook.com", "rip": "52.101.9.2",
            "reply": "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00025F9A.EURPRD83.prod.outlook.com 2024-01-10T14:00:02.331Z 08DC11E7A2B3C4D5]",
            "cmd": "RCPT TO", "status": "5.5.0"}],
    orig=o), [exp("nosuchuser_88@outlook.com", "userunknown", "5.5.0", "550", "postfix")])


# ---------------------------------------------------------------- write

def main():
    SAMPLES.write(HERE)


if __name__ == "__main__":
    main()
