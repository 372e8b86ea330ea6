#!/usr/bin/env python3
"""Writes testdata/unseen/batch-39: one night of a Korean company's bounce
mailbox. Hanbit Tech (hanbit-tech.example) sends from its own Postfix relay,
from a subsidiary on Hiworks, a branch on Daou Office, a shop on Cafe24 and
staff on Microsoft 365 (Korean NDRs); recipients sit at Naver, Naver Works,
Daum/Kakao (hanmail), Nate, Gabia and Whois hosting, and the ISPs' mail
(KT kornet, SK Broadband hanafos, LG U+). Texts in Korean and English, in
EUC-KR, CP949 and UTF-8, base64 or quoted-printable; about one in eight
notices is a delay, a few are 부재중 auto-replies. not-bounce/ holds Korean
replies, provider notices, newsletters and spam that must give no record.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch39.py [DIR]"""
import datetime
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid, multipart,  # noqa: E402
                       orig_headers, part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

RELAY = "mail.hanbit-tech.example"
HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}
N = [0]


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def when(i, base_min=0):
    """The i-th message of the night: from 15:05 UTC (00:05 KST), five minutes apart."""
    t = datetime.datetime(2026, 12, 2, 15, 5, (i * 13) % 60) + datetime.timedelta(minutes=i * 5 + base_min)
    return dt(t.year, t.month, t.day, t.hour, t.minute, t.second)


def rec(name, rcpt, reason, status="", reply="", action="failed", vendor=""):
    hard = reason in HARD and action == "failed" and not status.startswith("4") and not reply.startswith("4")
    expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action=action, vendor=vendor)


def korig(frm, to, subject, date, name, charset="utf-8"):
    return orig_headers(frm, to, enc_header(subject, charset), date, mid(name + "/o", frm.split("@")[1]),
                        "X-Mailer: Hanbit Groupware 4.2\n").replace("charset=utf-8", "charset=" + charset)


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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

SENDERS = ["jh.kim@hanbit-tech.example", "sales@hanbit-tech.example", "hr.team@hanbit-tech.example",
           "yj.lee@hanbit-tech.example", "noreply@hanbit-tech.example", "cs@hanbit-tech.example"]
SUBJECTS = ["[한빛테크] 12월 견적서 송부드립니다", "회의 일정 안내 (12/4 목)", "[한빛테크] 연말 세금계산서 발행 안내",
            "제안서 검토 부탁드립니다", "[공지] 고객센터 운영시간 변경 안내", "입사 서류 제출 안내"]


def postfix(name, rows, delay=False, host=RELAY, age_min=None):
    """rows: (rcpt, status, remote, diag, reason, reply). A Postfix DSN from
    the company relay; diag is the remote reply as Postfix quotes it."""
    i = N[0]
    N[0] += 1
    date = when(i)
    sender = SENDERS[i % len(SENDERS)]
    subj = SUBJECTS[i % len(SUBJECTS)]
    tail = ""
    recips = []
    for rcpt, status, remote, diag, reason, reply in rows:
        if remote:
            tail += f"<{rcpt}>: host {remote}[{ip_of(remote)}] said: {diag}\n\n"
            recips.append({"final": rcpt, "original": rcpt, "action": "delayed" if delay else "failed",
                           "status": status, "remote": remote, "diag": "smtp; " + diag.replace("\n", " ")})
        else:
            tail += f"<{rcpt}>: {diag}\n\n"
            recips.append({"final": rcpt, "original": rcpt, "action": "delayed" if delay else "failed",
                           "status": status, "diag": "X-Postfix; " + diag})
        rec(name, rcpt, reason, status, reply, "delayed" if delay else "failed", vendor="postfix")
    head = (POSTFIX_DELAY if delay else POSTFIX_HEAD).format(host=host)
    subjn = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    odate = when(i, -(age_min or (250 if delay else 3)))
    text = dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subjn, date=date,
                    host=host, hops="Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "Postfix", qid(name), date)]),
                    text=head + tail, recips=recips, arrival=odate,
                    orig=korig(sender, ", ".join(r[0] for r in rows), subj, odate, name))
    write(OUT, name, text)


IPS = {}


def ip_of(host):
    if host not in IPS:
        h = int(hashlib.md5(host.encode()).hexdigest()[:4], 16)
        IPS[host] = f"{[198, 203, 192][h % 3]}.{[51, 0, 0][h % 3]}.{[100, 113, 2][h % 3]}.{h % 250 + 2}"
    return IPS[host]


def ko_notice(name, *, host, frm, to, subject, body, charset, cte, recips, orig_subj, mailer, dsn=True,
              html=False, extra=()):
    """A provider's own Korean notice. With dsn=True a multipart/report; else
    multipart/mixed with the returned headers."""
    i = N[0]
    N[0] += 1
    date = when(i)
    odate = when(i, -2)
    if host.endswith("OUTLOOK.COM"):
        hops = "Return-Path: <>\n" + received([("SL2P216MB1234.KORP216.PROD.OUTLOOK.COM", "::1", "SL2P216MB1234.KORP216.PROD.OUTLOOK.COM",
                                                 "Microsoft SMTP Server (version=TLS1_2)", qid(name), date)])
    else:
        hops = "Return-Path: <>\n" + received([(f"smtp-out.{host}", ip_of(host), f"mx.{host}", mailer, qid(name), date)])
    orig = korig(to, ", ".join(r["final"] for r in recips), orig_subj, odate, name, charset if charset != "cp949" else "euc-kr")
    subj = enc_header(subject, "utf-8" if charset == "utf-8" else "euc-kr")
    heads = [("X-Mailer", mailer)] + list(extra)
    if dsn:
        out = dsn_mail(name, frm=frm, to=to, subject=subj, date=date, host=host, hops=hops, text=body,
                       recips=recips, orig=orig, charset=charset, cte=cte, extra=heads, arrival=odate,
                       alt_html=("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>") if html else None)
    else:
        bnd = boundary(name)
        body_part = multipart("mixed", [text_part(body, charset, cte), part("text/rfc822-headers", orig, cte=None)], bnd, "")
        out = mail([hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subj),
                    ("Message-ID", mid(name, host))] + heads + [("Auto-Submitted", "auto-replied")], body_part)
    write(OUT, name, out)


def r(final, status, diag=None, remote=None, action="failed"):
    d = {"final": final, "original": final, "status": status, "action": action}
    if diag:
        d["diag"] = diag
    if remote:
        d["remote"] = remote
    return d


# ============================================================ Postfix relay, remote replies (English + Korean)
NAVER_MX = "mx1.naver.com"
DAUM_MX = "mx1.hanmail.net"
NATE_MX = "mx3.nate.com"
WORKS_MX = "mx1.worksmobile.com"
KAKAO_MX = "mx.kakao.com"

postfix("kr-naver-550-no-such-account.eml", [
    ("park.seoyeon92@naver.com", "5.1.1", NAVER_MX, "550 5.1.1 Recipient account park.seoyeon92 does not exist at naver.com (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-naver-552-storage-over.eml", [
    ("kimys_1977@naver.com", "5.2.2", NAVER_MX, "552 5.2.2 The recipient's mailbox storage is over its limit; the user must free space before new mail can be accepted (in reply to RCPT TO command)", "mailboxfull", "552")])
postfix("kr-naver-dormant-5.2.1.eml", [
    ("choi.donghyun@naver.com", "5.2.1", NAVER_MX, "550 5.2.1 This account has been converted to a dormant account after one year without login; mail is not accepted (in reply to RCPT TO command)", "suspend", "550")])
postfix("kr-naver-421-too-many-delayed.eml", [
    ("jiyeon.han@naver.com", "4.7.0", NAVER_MX, "421 4.7.0 Too many messages from your IP in a short period; slow down and try again later (in reply to MAIL FROM command)", "ratelimited", "421")], delay=True)
postfix("kr-naver-size-limit-data.eml", [
    ("design.mina@naver.com", "5.3.4", NAVER_MX, "552 5.3.4 Message size 31457280 exceeds the maximum allowed size of 20971520 bytes (in reply to end of DATA command)", "emailtoolarge", "552")])
postfix("kr-naver-kisa-rbl.eml", [
    ("lee_jaewon@naver.com", "5.7.1", NAVER_MX, "554 5.7.1 Service unavailable; client host [203.0.113.25] is listed at KISA-RBL (spamlist.or.kr) (in reply to RCPT TO command)", "blocked", "554")])
postfix("kr-naver-two-unknown-one-full.eml", [
    ("hyejin0707@naver.com", "5.1.1", NAVER_MX, "550 5.1.1 <hyejin0707@naver.com>: unknown recipient (in reply to RCPT TO command)", "userunknown", "550"),
    ("sangwoo.bae@naver.com", "5.1.1", NAVER_MX, "550 5.1.1 <sangwoo.bae@naver.com>: unknown recipient (in reply to RCPT TO command)", "userunknown", "550"),
    ("ohmy.garden@naver.com", "4.2.2", NAVER_MX, "452 4.2.2 <ohmy.garden@naver.com>: mailbox quota exceeded (in reply to RCPT TO command)", "mailboxfull", "452")])
postfix("kr-hanmail-user-unknown-rcpt.eml", [
    ("snow_white03@hanmail.net", "5.1.1", DAUM_MX, "550 5.1.1 User unknown: snow_white03@hanmail.net (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-hanmail-quota-full.eml", [
    ("mountain.kwon@hanmail.net", "5.2.2", DAUM_MX, "552 5.2.2 Mailbox is full: the recipient has used all of the assigned space (in reply to RCPT TO command)", "mailboxfull", "552")])
postfix("kr-daum-spam-content.eml", [
    ("bluesky.ahn@daum.net", "5.7.1", DAUM_MX, "550 5.7.1 Your message was classified as spam by the content filter and was refused (in reply to end of DATA command)", "spamdetected", "550")])
postfix("kr-daum-inactive-account.eml", [
    ("oldfriend79@daum.net", "5.2.1", DAUM_MX, "550 5.2.1 The Daum account of this recipient has been suspended for inactivity (in reply to RCPT TO command)", "suspend", "550")])
postfix("kr-kakao-no-such-user.eml", [
    ("yun.haneul@kakao.com", "5.1.1", KAKAO_MX, "550 5.1.1 No such user <yun.haneul@kakao.com> (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-kakao-rate-delayed.eml", [
    ("cho.minseo@kakao.com", "4.7.1", KAKAO_MX, "450 4.7.1 Receiving rate limit reached for sending domain hanbit-tech.example, try again later (in reply to RCPT TO command)", "ratelimited", "450")], delay=True)
postfix("kr-nate-unknown-user.eml", [
    ("sunshine_1004@nate.com", "5.1.1", NATE_MX, "550 5.1.1 sunshine_1004@nate.com... User unknown (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-nate-mailbox-full-delayed.eml", [
    ("dreamer.jung@nate.com", "4.2.2", NATE_MX, "452 4.2.2 sunshine mailbox over quota, message deferred (in reply to RCPT TO command)".replace("sunshine ", ""), "mailboxfull", "452")], delay=True)
postfix("kr-nate-ptr-required.eml", [
    ("hwang.eunji@nate.com", "5.7.25", NATE_MX, "550 5.7.25 Client host 203.0.113.25 has no reverse DNS (PTR) record; rejected (in reply to MAIL FROM command)", "requireptr", "550")])
postfix("kr-worksmobile-unknown.eml", [
    ("s.kang@daeseong-steel.example", "5.1.1", WORKS_MX, "550 5.1.1 The email account that you tried to reach does not exist at daeseong-steel.example (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-worksmobile-spf-fail.eml", [
    ("purchase@daeseong-steel.example", "5.7.23", WORKS_MX, "550 5.7.23 SPF validation failed: 203.0.113.77 is not permitted to send mail for hanbit-tech.example (in reply to end of DATA command)", "authfailure", "550")])
postfix("kr-gabia-relay-denied.eml", [
    ("info@seoul-clinic.example", "5.7.1", "mx.gabia.com", "554 5.7.1 <info@seoul-clinic.example>: Relay access denied (in reply to RCPT TO command)", "norelaying", "554")])
postfix("kr-gabia-unknown-virtual.eml", [
    ("reserve@seoul-clinic.example", "5.1.1", "mx.gabia.com", "550 5.1.1 <reserve@seoul-clinic.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-whois-mailbox-disabled.eml", [
    ("ceo@jeonju-food.example", "5.2.1", "mx.whoismail.net", "550 5.2.1 Mailbox disabled: account suspended by the hosting administrator for unpaid service (in reply to RCPT TO command)", "suspend", "550")])
postfix("kr-cafe24-qmail-no-mailbox.eml", [
    ("order@mint-closet.example", "5.1.1", "mx.cafe24.com", "550 5.1.1 Sorry, no mailbox here by that name. (#5.1.1) (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-cafe24-virus.eml", [
    ("help@mint-closet.example", "5.7.1", "mx.cafe24.com", "554 5.7.1 Message rejected: virus detected (Trojan.Win32.Agent) in attachment invoice.zip (in reply to end of DATA command)", "virusdetected", "554")])
postfix("kr-kornet-connection-timeout-delayed.eml", [
    ("hjpark@kornet.net", "4.4.1", "", "connect to mx.kornet.net[192.0.2.44]:25: Connection timed out", "networkerror", "")], delay=True)
postfix("kr-kornet-user-unknown.eml", [
    ("woojin55@kornet.net", "5.1.1", "mx.kornet.net", "550 5.1.1 <woojin55@kornet.net>... User unknown (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-hanafos-domain-not-found.eml", [
    ("sunmi@hanafos-old.example", "5.1.2", "", "Host or domain name not found. Name service error for name=hanafos-old.example type=MX: Host not found", "hostunknown", "")])
postfix("kr-hanafos-expired-five-days.eml", [
    ("kys0318@hanafos.com", "4.4.7", "", "delivery temporarily suspended: connect to mail.hanafos.com[198.51.100.90]:25: Connection refused; message expired after 5 days in queue", "expired", "")], age_min=5 * 24 * 60 + 12)
postfix("kr-lguplus-nullmx.eml", [
    ("tax@closed-branch.example", "5.1.10", "", "Domain closed-branch.example does not accept mail (nullMX)", "notaccept", "")])
postfix("kr-o365-tenant-ko-rcpt-unknown.eml", [
    ("mj.song@mirae-pharm.example", "5.1.10", "mirae-pharm-example.mail.protection.outlook.com",
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mj.song@mirae-pharm.example not found by SMTP address lookup (in reply to RCPT TO command)", "userunknown", "550")])
postfix("kr-o365-tenant-dmarc.eml", [
    ("ir@mirae-pharm.example", "5.7.509", "mirae-pharm-example.mail.protection.outlook.com",
     "550 5.7.509 Access denied, sending domain hanbit-tech.example does not pass DMARC verification and has a DMARC policy of reject. (in reply to end of DATA command)", "authfailure", "550")])
postfix("kr-naver-sender-domain-unverified.eml", [
    ("contact.yuri@naver.com", "5.1.8", NAVER_MX, "553 5.1.8 <noreply@hanbit-tech.example>: Sender address rejected: sender domain has no valid MX or A record (in reply to MAIL FROM command)", "rejected", "553")])
postfix("kr-daum-moved-551.eml", [
    ("ex.manager@daum.net", "5.1.6", DAUM_MX, "551 5.1.6 User has moved; the account owner now uses k.manager@hanmail.net and mail is not forwarded (in reply to RCPT TO command)", "hasmoved", "551")])
postfix("kr-exchange-onprem-system-error-delayed.eml", [
    ("team.lead@hyundai-parts-sample.example", "4.3.0", "mail.hyundai-parts-sample.example", "451 4.3.0 Temporary server error. Please try again later. PRX4 (in reply to end of DATA command)", "systemerror", "451")], delay=True)

# ============================================================ provider's own Korean notices
NAVER_WORKS_FAIL = """메일 발송 실패 안내

보내신 메일이 받는 사람에게 전달되지 못했습니다.

받는 사람: {rcpt}
실패 사유: {why}
서버 응답: {reply}

자세한 내용은 관리자에게 문의해 주세요.
NAVER WORKS
"""
ko_notice("kr-naverworks-notice-no-id-utf8.eml", host="worksmobile.com", frm="NAVER WORKS <postmaster@worksmobile.com>",
          to="jh.kim@hanbit-tech.example", subject="메일 발송 실패 안내: 12월 견적서", charset="utf-8", cte="base64",
          body=NAVER_WORKS_FAIL.format(rcpt="gh.oh@songdo-bio.example", why="받는 사람의 메일 주소가 존재하지 않습니다.",
                                       reply="550 5.1.1 user unknown"),
          recips=[r("gh.oh@songdo-bio.example", "5.1.1", "smtp; 550 5.1.1 user unknown", "mx.songdo-bio.example")],
          orig_subj="12월 견적서", mailer="NAVER WORKS Mail")
rec("kr-naverworks-notice-no-id-utf8.eml", "gh.oh@songdo-bio.example", "userunknown", "5.1.1", "550", vendor="naverworks")

ko_notice("kr-naverworks-notice-capacity-qp.eml", host="worksmobile.com", frm="NAVER WORKS <postmaster@worksmobile.com>",
          to="yj.lee@hanbit-tech.example", subject="메일 발송 실패 안내: 계약서 초안", charset="utf-8", cte="quoted-printable",
          body=NAVER_WORKS_FAIL.format(rcpt="accounting@incheon-log.example", why="받는 사람의 메일함 저장 공간이 가득 찼습니다.",
                                       reply="552 5.2.2 mailbox full"),
          recips=[r("accounting@incheon-log.example", "5.2.2", "smtp; 552 5.2.2 mailbox full", "mx.incheon-log.example")],
          orig_subj="계약서 초안", mailer="NAVER WORKS Mail")
rec("kr-naverworks-notice-capacity-qp.eml", "accounting@incheon-log.example", "mailboxfull", "5.2.2", "552", vendor="naverworks")

HIWORKS = """[하이웍스] 메일이 반송되었습니다.

안녕하세요. 하이웍스 메일 시스템입니다.
아래 수신자에게 메일을 전달하지 못하여 반송되었습니다.

- 수신자 : {rcpt}
- 반송 사유 : {why}
- 상세 내용 : {reply}

본 메일은 발신 전용입니다.
"""
for nm, rc, why, reply, st, code, reason, charset, cte in [
    ("kr-hiworks-no-account-euckr.eml", "mkt@pyeongtaek-motors.example", "수신자 계정이 존재하지 않습니다.", "550 5.1.1 Mailbox does not exist", "5.1.1", "550", "userunknown", "euc-kr", "base64"),
    ("kr-hiworks-capacity-cp949-qp.eml", "design2@pangyo-studio.example", "수신자의 메일함 용량이 초과되었습니다.", "552 5.2.2 Quota exceeded", "5.2.2", "552", "mailboxfull", "cp949", "quoted-printable"),
    ("kr-hiworks-attachment-too-big.eml", "bid@korea-infra.example", "메일 크기가 수신 서버의 허용 크기(10MB)를 초과하였습니다.", "552 5.3.4 Message too big", "5.3.4", "552", "emailtoolarge", "euc-kr", "base64"),
    ("kr-hiworks-receiver-refused-sender.eml", "ys.go@ulsan-chem.example", "수신자가 수신을 거부한 발신자입니다.", "550 5.7.1 Message refused by recipient's filter settings", "5.7.1", "550", "filtered", "utf-8", "base64"),
    ("kr-hiworks-exe-policy.eml", "it@daejeon-lab.example", "보안 정책에 의해 실행 파일(.exe) 첨부가 허용되지 않습니다.", "550 5.7.1 Attachment type not allowed by policy", "5.7.1", "550", "policyviolation", "euc-kr", "quoted-printable"),
]:
    ko_notice(nm, host="hiworks.com", frm="하이웍스 메일 <postmaster@hiworks.com>".replace("하이웍스 메일", enc_header("하이웍스 메일", "utf-8")),
              to="sales@hanbit-sub.example", subject="[하이웍스] 메일 반송 안내", charset=charset, cte=cte,
              body=HIWORKS.format(rcpt=rc, why=why, reply=reply),
              recips=[r(rc, st, "smtp; " + reply, "mx." + rc.split("@")[1])], orig_subj="제품 카탈로그 송부", mailer="Hiworks Mailer")
    rec(nm, rc, reason, st, code, vendor="hiworks")

DAOU = """다우오피스 메일 발송 결과 안내

아래 메일이 수신자에게 전달되지 않았습니다.

제목 : 4분기 실적 보고
수신자 : {rcpt}
원인 : {why}

원격 서버 응답: {reply}
"""
for nm, rc, why, reply, st, code, reason, charset, cte, dsn in [
    ("kr-daouoffice-unknown-text-only.eml", "hr@gwangju-textile.example", "존재하지 않는 사용자입니다.", "550 User not found", "", "550", "userunknown", "euc-kr", "base64", False),
    ("kr-daouoffice-spam-block.eml", "news@mokpo-ferry.example", "수신 서버에서 스팸으로 판단하여 거부하였습니다.", "554 5.7.1 Rejected as spam by content filter", "5.7.1", "554", "spamdetected", "utf-8", "base64", True),
    ("kr-daouoffice-ip-blocked.eml", "cs@jeju-resort.example", "발신 서버 IP가 수신 서버의 차단 목록에 등록되어 있습니다.", "550 5.7.1 Connection refused: your IP 203.0.113.40 is blocked", "5.7.1", "550", "blocked", "cp949", "base64", True),
    ("kr-daouoffice-domain-missing.eml", "admin@busan-typo.example", "수신자 도메인을 찾을 수 없습니다.", "Host or domain name not found", "5.1.2", "", "hostunknown", "euc-kr", "quoted-printable", True),
]:
    ko_notice(nm, host="daouoffice.com", frm="postmaster@daouoffice.com", to="branch@hanbit-busan.example",
              subject="메일 발송 실패: 4분기 실적 보고", charset=charset, cte=cte, body=DAOU.format(rcpt=rc, why=why, reply=reply),
              recips=[r(rc, st or "5.0.0", "smtp; " + reply)], orig_subj="4분기 실적 보고", mailer="DaouOffice MTA", dsn=dsn)
    rec(nm, rc, reason, st if dsn else "", code, vendor="daouoffice")

# Cafe24 shop (qmail-style text, Korean preface)
CAFE24 = """안녕하세요. 카페24 메일 서버입니다.
보내신 메일이 아래 주소로 전달되지 못했습니다. 이 오류는 영구적입니다.

Hi. This is the qmail-send program at mail.cafe24.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
{reply}

--- Below this line is a copy of the message.
"""
for nm, rc, reply, reason, charset in [
    ("kr-cafe24-shop-quota-euckr.eml", "buyer.yoon@hanmail.net", "mx1.hanmail.net [211.231.108.46] said: 552 5.2.2 mailbox over quota", "mailboxfull", "euc-kr"),
    ("kr-cafe24-shop-nate-unknown.eml", "lovely_rabbit@nate.com", "mx3.nate.com [120.50.131.112] does not like recipient.\nRemote host said: 550 5.1.1 no such user", "userunknown", "utf-8"),
]:
    i = N[0]
    N[0] += 1
    date = when(i)
    bnd = boundary(nm)
    text = CAFE24.format(rcpt=rc, reply=reply)
    orig = korig("shop@mint-closet.example", rc, "[민트클로젯] 주문하신 상품이 발송되었습니다", when(i, -1), nm, charset)
    body = multipart("mixed", [text_part(text, charset, "base64"), part("text/rfc822-headers", orig, cte=None)], bnd, "")
    write(OUT, nm, mail(["Return-Path: <>\n" + received([("localhost", "127.0.0.1", "mail.cafe24.com", "qmail 1.03", qid(nm), date)]),
                         ("Date", date), ("From", "MAILER-DAEMON@mail.cafe24.com"), ("To", "shop@mint-closet.example"),
                         ("Subject", enc_header("메일 발송 실패 (failure notice)", charset)), ("Message-ID", mid(nm, "mail.cafe24.com"))], body))
    st = "5.2.2" if reason == "mailboxfull" else "5.1.1"
    rec(nm, rc, reason, st, "552" if reason == "mailboxfull" else "550", vendor="qmail")

# ============================================================ Microsoft 365 / Exchange, Korean NDRs
O365_KO = """{rcpt}에 메일을 배달하지 못했습니다.

{headline}

해결 방법: {fix}

진단 정보(관리자용):
생성 서버: SL2P216MB1234.KORP216.PROD.OUTLOOK.COM
{rcpt}
{remote}
원격 서버에서 '{reply}'을(를) 반환했습니다.
"""
for nm, rc, headline, fix, reply, st, code, reason, charset, remote in [
    ("kr-o365-ko-ndr-recipient-not-found.eml", "jwkim@changwon-machinery.example",
     "받는 사람의 전자 메일 주소를 찾을 수 없습니다. 주소가 잘못되었거나 받는 사람의 메일 시스템에 존재하지 않습니다.",
     "주소를 확인한 후 메시지를 다시 보내세요.", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", "550", "userunknown", "utf-8", "changwon-machinery-example.mail.protection.outlook.com"),
    ("kr-o365-ko-ndr-quota-ks-c-5601.eml", "office@suwon-edu.example",
     "받는 사람의 사서함이 가득 차서 현재 메시지를 받을 수 없습니다.",
     "나중에 다시 보내거나 다른 방법으로 받는 사람에게 연락하세요.", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", "5.2.2", "554", "mailboxfull", "ks_c_5601-1987", "suwon-edu-example.mail.protection.outlook.com"),
    ("kr-o365-ko-ndr-restricted-group.eml", "all-staff@goyang-city-sample.example",
     "이 그룹에 메시지를 보낼 수 있는 권한이 없습니다. 받는 사람의 전자 메일 시스템이 권한 설정으로 인해 메시지를 거부했습니다.",
     "그룹 소유자에게 보내기 권한을 요청하세요.", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "5.7.1", "550", "securityerror", "utf-8", "goyang-city-sample-example.mail.protection.outlook.com"),
    ("kr-o365-ko-ndr-banned-sender.eml", "contact@ilsan-dental.example",
     "발신자의 IP 주소가 Microsoft의 차단 목록에 있어 메시지를 배달하지 못했습니다.",
     "메일 관리자에게 IP 주소의 차단 해제를 요청하도록 하세요.", "550 5.7.606 Access denied, banned sending IP [203.0.113.25]", "5.7.606", "550", "blocked", "ks_c_5601-1987", "ilsan-dental-example.mail.protection.outlook.com"),
    ("kr-o365-ko-ndr-size.eml", "pr@songpa-media.example",
     "메시지가 너무 커서 받는 사람의 메일 시스템에서 허용하는 크기 제한을 초과했습니다.",
     "첨부 파일 크기를 줄이거나 파일 공유 링크를 사용하여 다시 보내세요.", "552 5.3.4 Message size exceeds fixed maximum message size", "5.3.4", "552", "emailtoolarge", "utf-8", "songpa-media-example.mail.protection.outlook.com"),
]:
    ko_notice(nm, host="KORP216.PROD.OUTLOOK.COM", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hanbit-tech.example>",
              to="yj.lee@hanbit-tech.example", subject="배달되지 않음: 협력사 미팅 자료", charset=charset, cte="base64",
              body=O365_KO.format(rcpt=rc, headline=headline, fix=fix, reply=reply, remote=remote),
              recips=[r(rc, st, "smtp;" + reply, remote)], orig_subj="협력사 미팅 자료", mailer="Microsoft Exchange", html=True,
              extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "ko-KR")])
    rec(nm, rc, reason, st, code, vendor="office365")

# delay from Exchange, in Korean
ko_notice("kr-o365-ko-delay-not-delivered-yet.eml", host="KORP216.PROD.OUTLOOK.COM",
          frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hanbit-tech.example>",
          to="jh.kim@hanbit-tech.example", subject="배달 지연: 견적 요청 회신", charset="utf-8", cte="base64",
          body="""배달이 지연되고 있습니다.

메시지가 다음 받는 사람에게 아직 배달되지 않았습니다:
sh.moon@gimhae-steel.example

원격 서버가 응답하지 않아 연결할 수 없습니다. 계속 배달을 시도하고, 실패하면 알려 드리겠습니다.
마지막 오류: 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.
""", recips=[r("sh.moon@gimhae-steel.example", "4.4.0", "smtp;451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"", action="delayed")],
          orig_subj="견적 요청 회신", mailer="Microsoft Exchange", html=True)
rec("kr-o365-ko-delay-not-delivered-yet.eml", "sh.moon@gimhae-steel.example", "networkerror", "4.4.0", "451", action="delayed", vendor="office365")

# Korean on-prem Exchange 2016 NDR text (English diagnostic, Korean headline), two recipients
ko_notice("kr-exchange2016-ko-two-recipients.eml", host="mail.hanbit-tech.example", frm="postmaster@hanbit-tech.example",
          to="hr.team@hanbit-tech.example", subject="배달되지 않음: 2027년 채용 공고", charset="ks_c_5601-1987", cte="base64",
          body="""다음 받는 사람 또는 그룹에게 배달하지 못했습니다.

kim.gayoung@naver.com
입력한 전자 메일 주소를 찾을 수 없습니다. 받는 사람의 전자 메일 주소를 확인한 후 메시지를 다시 보내세요.

applicant.lee@daum.net
받는 사람의 사서함이 가득 찼습니다. 나중에 다시 보내세요.

관리자를 위한 진단 정보:
원격 서버: mx1.naver.com
kim.gayoung@naver.com
Remote Server returned '550 5.1.1 <kim.gayoung@naver.com>: Recipient address rejected: unknown account'
applicant.lee@daum.net
Remote Server returned '552 5.2.2 <applicant.lee@daum.net>: mailbox storage full'
""", recips=[r("kim.gayoung@naver.com", "5.1.1", "smtp;550 5.1.1 <kim.gayoung@naver.com>: Recipient address rejected: unknown account", NAVER_MX),
             r("applicant.lee@daum.net", "5.2.2", "smtp;552 5.2.2 <applicant.lee@daum.net>: mailbox storage full", DAUM_MX)],
          orig_subj="2027년 채용 공고", mailer="Microsoft Exchange Server 2016")
rec("kr-exchange2016-ko-two-recipients.eml", "kim.gayoung@naver.com", "userunknown", "5.1.1", "550", vendor="exchange")
rec("kr-exchange2016-ko-two-recipients.eml", "applicant.lee@daum.net", "mailboxfull", "5.2.2", "552", vendor="exchange")

# ============================================================ ISP mail (KT, SK Broadband, LG U+) in Korean
ISP = """{isp} 메일 시스템 알림

고객님께서 보내신 메일이 아래의 이유로 발송되지 못했습니다.

  받는 사람 : {rcpt}
  발송 시각 : 2026-12-03 01:12 (KST)
  실패 원인 : {why}

원인 코드 : {reply}

문의: 고객센터 100번
"""
for nm, host, isp, rc, why, reply, st, code, reason, charset, cte, action in [
    ("kr-kt-isp-expired-euckr.eml", "kornet.net", "KT", "jaehyun@busan-port-sample.example", "5일 동안 수신 서버에 연결하지 못하여 발송을 중단하였습니다.", "4.4.7 delivery time expired", "4.4.7", "", "expired", "euc-kr", "base64", "failed"),
    ("kr-kt-isp-unknown-cp949.eml", "kornet.net", "KT", "ms.ryu@hanmail.net", "받는 사람의 메일 계정이 없습니다.", "550 5.1.1 unknown user", "5.1.1", "550", "userunknown", "cp949", "base64", "failed"),
    ("kr-skb-isp-quota-qp.eml", "hanafos.com", "SK브로드밴드", "yh.seo@nate.com", "받는 사람의 메일함 용량이 부족합니다.", "552 5.2.2 over quota", "5.2.2", "552", "mailboxfull", "euc-kr", "quoted-printable", "failed"),
    ("kr-skb-isp-delay-utf8.eml", "hanafos.com", "SK브로드밴드", "dy.nam@gangneung-sample.example", "수신 서버가 응답하지 않아 발송을 재시도하고 있습니다. (최대 5일)", "4.4.1 connection timed out", "4.4.1", "", "networkerror", "utf-8", "base64", "delayed"),
    ("kr-lguplus-isp-spam.eml", "lguplus.co.kr", "LG U+", "cafe.owner@naver.com", "수신 서버에서 스팸 메일로 분류하여 수신을 거부하였습니다.", "550 5.7.1 spam message rejected", "5.7.1", "550", "spamdetected", "euc-kr", "base64", "failed"),
    ("kr-lguplus-isp-ratelimit.eml", "lguplus.co.kr", "LG U+", "ky.jeon@daum.net", "짧은 시간에 너무 많은 메일을 보내 발송이 일시 제한되었습니다.", "421 4.7.0 too many connections from your host", "4.7.0", "421", "ratelimited", "utf-8", "quoted-printable", "delayed"),
]:
    sender = "home.user@" + host
    ko_notice(nm, host=host, frm=f"mailer-daemon@{host}", to=sender, subject=f"[{isp}] 메일 발송 실패 안내" if action == "failed" else f"[{isp}] 메일 발송 지연 안내",
              charset=charset, cte=cte, body=ISP.format(isp=isp, rcpt=rc, why=why, reply=reply).replace(
                  "2026-12-03 01:12", "2026-11-28 01:12" if reason == "expired" else "2026-12-03 01:12"),
              recips=[r(rc, st, "smtp; " + reply, action=action)], orig_subj="안부 인사드립니다", mailer={"KT": "KT Mail", "LG U+": "LGUplus Mail"}.get(isp, "SKB Mail"))
    rec(nm, rc, reason, st, code, action=action, vendor="kr-isp")

# Naver Mail's own notice to a Naver sender (company rep who uses naver.com), two styles
NAVER = """네이버 메일 발송 실패 안내

{rcpt} 님에게 보낸 메일이 전송되지 못했습니다.

■ 실패 사유
{why}

■ 원본 메일 제목
신제품 출시 안내

※ 본 메일은 발신 전용 메일입니다.
"""
for nm, rc, why, diag, st, code, reason, charset, cte in [
    ("kr-naver-mail-notice-no-domain-euckr.eml", "manager@daegu-plant-typo.example", "받는 사람의 도메인이 존재하지 않습니다. 메일 주소를 다시 확인해 주세요.", "DNS; Host not found", "5.1.2", "", "hostunknown", "euc-kr", "base64"),
    ("kr-naver-mail-notice-account-stopped.eml", "gh.bang@hanmail.net", "받는 사람의 계정이 이용 정지된 상태입니다.", "smtp; 550 5.2.1 account suspended", "5.2.1", "550", "suspend", "utf-8", "base64"),
    ("kr-naver-mail-notice-receiver-blocked-you.eml", "sooah.ko@nate.com", "받는 사람이 회원님의 메일 주소를 수신 차단하였습니다.", "smtp; 550 5.7.1 sender blocked by recipient", "5.7.1", "550", "filtered", "euc-kr", "quoted-printable"),
]:
    ko_notice(nm, host="naver.com", frm="네이버 메일 <mailer-daemon@naver.com>".replace("네이버 메일", enc_header("네이버 메일", "utf-8")),
              to="hanbit.rep@naver.com", subject="메일 발송 실패 안내", charset=charset, cte=cte,
              body=NAVER.format(rcpt=rc, why=why), recips=[r(rc, st, diag)], orig_subj="신제품 출시 안내", mailer="NAVER Mail")
    rec(nm, rc, reason, st, code, vendor="naver")

# Daum / Kakao mail's own notice (text only, no DSN)
ko_notice("kr-daum-mail-notice-no-user-text.eml", host="hanmail.net", frm="Daum 메일 <MAILER-DAEMON@hanmail.net>".replace("Daum 메일", enc_header("Daum 메일", "utf-8")),
          to="hanbit.cs@hanmail.net", subject="메일이 발송되지 않았습니다", charset="euc-kr", cte="base64", dsn=False,
          body="""보내신 메일이 다음 받는 사람에게 전달되지 못했습니다.

받는 사람: jy.hong@naver.com
사유: 받는 사람의 메일 주소가 존재하지 않습니다.
(Remote server said: 550 5.1.1 unknown account)

메일 주소를 확인하신 후 다시 보내 주세요.
""", recips=[r("jy.hong@naver.com", "5.1.1")], orig_subj="A/S 접수 확인", mailer="Daum Mail")
rec("kr-daum-mail-notice-no-user-text.eml", "jy.hong@naver.com", "userunknown", "", "550", vendor="daum")

ko_notice("kr-kakao-mail-notice-delay-utf8.eml", host="kakao.com", frm="카카오메일 <mailer-daemon@kakao.com>".replace("카카오메일", enc_header("카카오메일", "utf-8")),
          to="hanbit.cs@kakao.com", subject="메일 발송 지연 안내", charset="utf-8", cte="base64",
          body="""보내신 메일이 아직 전달되지 않았습니다. 이 메일은 안내용이며 다시 보내실 필요는 없습니다.

받는 사람: ops@yeosu-chem.example
지연 사유: 받는 사람의 메일 서버가 일시적으로 메일을 받지 못하고 있습니다 (서버 디스크 공간 부족).
서버 응답: 452 4.3.1 Insufficient system storage

최대 3일 동안 재전송을 시도합니다.
""", recips=[r("ops@yeosu-chem.example", "4.3.1", "smtp; 452 4.3.1 Insufficient system storage", "mx.yeosu-chem.example", action="delayed")],
          orig_subj="배송 일정 문의", mailer="Kakao Mail")
rec("kr-kakao-mail-notice-delay-utf8.eml", "ops@yeosu-chem.example", "systemfull", "4.3.1", "452", action="delayed", vendor="kakao")

# Nate's own notice, English + Korean, a message-count limit
ko_notice("kr-nate-mail-notice-too-many-recipients.eml", host="nate.com", frm="mailer-daemon@nate.com", to="hanbit.event@nate.com",
          subject="메일 발송 실패 (Mail delivery failed)", charset="euc-kr", cte="base64",
          body="""메일 발송에 실패하였습니다. (Mail delivery failed)

받는 사람: invite@seongnam-hall.example
사유: 하루 발송 한도(수신자 500명)를 초과하여 더 이상 메일을 보낼 수 없습니다.
Reason: daily sending limit of 500 recipients exceeded for this account.
""", recips=[r("invite@seongnam-hall.example", "5.5.3", "smtp; 550 5.5.3 daily recipient limit exceeded")],
          orig_subj="송년회 초대장", mailer="Nate Mail")
rec("kr-nate-mail-notice-too-many-recipients.eml", "invite@seongnam-hall.example", "ratelimited", "5.5.3", "550", vendor="nate")

# Gabia hosting's own notice (sendmail), Korean preface
ko_notice("kr-gabia-sendmail-ko-unknown.eml", host="gabia.com", frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.gabia.com>",
          to="contact@hanbit-shop.example", subject="Returned mail: see transcript for details", charset="euc-kr", cte="base64",
          body="""[가비아 메일] 발송하신 메일이 반송되었습니다.

The original message was received at Thu, 3 Dec 2026 02:10:41 +0900
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<sales@anyang-print.example>
    (reason: 550 5.1.1 <sales@anyang-print.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.anyang-print.example.:
>>> RCPT To:<sales@anyang-print.example>
<<< 550 5.1.1 <sales@anyang-print.example>... User unknown
550 5.1.1 <sales@anyang-print.example>... User unknown
""", recips=[r("sales@anyang-print.example", "5.1.1", "SMTP; 550 5.1.1 <sales@anyang-print.example>... User unknown", "mx.anyang-print.example")],
          orig_subj="인쇄 견적 문의", mailer="Sendmail 8.15.2")
rec("kr-gabia-sendmail-ko-unknown.eml", "sales@anyang-print.example", "userunknown", "5.1.1", "550", vendor="sendmail")

# Whois mail hosting: a delay notice in Korean about the recipient's full mailbox
ko_notice("kr-whois-delay-mailbox-full.eml", host="whoismail.net", frm="postmaster@whoismail.net", to="office@hanbit-law.example",
          subject="[후이즈메일] 메일 전송 지연 알림", charset="euc-kr", cte="quoted-printable",
          body="""후이즈메일 전송 지연 알림입니다.

받는 사람 info@cheongju-tax.example 의 메일함 용량이 가득 차 메일을 아직 전달하지 못했습니다.
메일함이 비워지면 자동으로 다시 전송되며, 3일이 지나도 전달되지 않으면 반송됩니다.

서버 응답: 452 4.2.2 Mailbox full
""", recips=[r("info@cheongju-tax.example", "4.2.2", "smtp; 452 4.2.2 Mailbox full", "mx.cheongju-tax.example", action="delayed")],
          orig_subj="부가세 신고 자료", mailer="Whois Mail")
rec("kr-whois-delay-mailbox-full.eml", "info@cheongju-tax.example", "mailboxfull", "4.2.2", "452", action="delayed", vendor="whois")

# ============================================================ 부재중 auto-replies (vacation)
VAC = [
    ("kr-vacation-naver-busjaejung-euckr.eml", "minho.shin@naver.com", "euc-kr", "base64", "[부재중] 자동 회신: 12월 견적서",
     "안녕하세요. 신민호입니다.\n12월 2일부터 12월 6일까지 해외 출장으로 부재중입니다.\n급한 용무는 010-0000-0000 으로 연락 주시기 바랍니다.\n감사합니다.\n", "NAVER Mail"),
    ("kr-vacation-o365-ko-automatic-reply.eml", "hs.yoo@mirae-pharm.example", "utf-8", "base64", "자동 회신: 협력사 미팅 자료",
     "현재 휴가 중이라 메일 확인이 어렵습니다. 12월 8일(월)에 복귀하여 답변드리겠습니다.\n긴급한 건은 팀 대표 메일(rnd@mirae-pharm.example)로 보내 주세요.\n", "Microsoft Outlook 16.0"),
    ("kr-vacation-hiworks-cp949-qp.eml", "jiyoung@pangyo-studio.example", "cp949", "quoted-printable", "[자동응답] 부재중 안내",
     "보내주신 메일은 잘 받았습니다.\n출산휴가로 2027년 3월까지 부재중입니다. 업무 관련 문의는 박과장(design@pangyo-studio.example)에게 부탁드립니다.\n", "Hiworks Mailer"),
    ("kr-vacation-daum-utf8.eml", "seokjin.woo@daum.net", "utf-8", "quoted-printable", "부재중입니다 (Out of Office)",
     "연차 휴가로 12월 3일 부재중입니다. I am out of the office on December 3 and will reply on my return.\n", "Daum Mail"),
]
for nm, who, charset, cte, subj, body, mailer in VAC:
    i = N[0]
    N[0] += 1
    date = when(i)
    host = who.split("@")[1]
    write(OUT, nm, plain_mail(nm, frm=who, to="jh.kim@hanbit-tech.example", subject=enc_header(subj, "utf-8" if charset == "utf-8" else "euc-kr"),
                              date=date, host=host, hops=received([(f"out.{host}", ip_of(host), RELAY, "Postfix", qid(nm), date, "jh.kim@hanbit-tech.example")]),
                              text=body, charset=charset, cte=cte,
                              extra=[("X-Mailer", mailer), ("In-Reply-To", mid(nm + "/o", "hanbit-tech.example")), ("Precedence", "auto_reply")]))
    rec(nm, who, "vacation", action="", vendor="")

# ============================================================ near-misses (not-bounce/)


def ordinary(nm, *, frm, to, subject, body, charset="utf-8", cte="base64", extra=(), html=False):
    i = N[0]
    N[0] += 1
    date = when(i)
    host = frm.split("@")[1].rstrip(">")
    heads = [received([(f"out.{host}", ip_of(host), RELAY, "Postfix", qid(nm), date, to.split("<")[-1].rstrip(">"))]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", enc_header(subject, "utf-8" if charset == "utf-8" else "euc-kr")),
             ("Message-ID", mid(nm, host))] + list(extra)
    write(NB, nm, mail(heads, text_part(body, charset, cte, "html" if html else "plain")))


NEAR = [
    ("nb-ko-reply-mail-was-returned.eml", "dh.cha@songdo-bio.example", "jh.kim@hanbit-tech.example", "RE: 메일이 반송되었다고 하셔서요",
     "김주현 과장님,\n\n어제 보내주신 견적서 메일이 반송되었다고 하셔서 확인해 보니 제 메일 주소가 바뀌었습니다.\n앞으로는 이 주소로 보내주시면 됩니다. 사서함 용량도 정리했습니다.\n\n차동훈 드림\n", "euc-kr", "base64", [("In-Reply-To", "<prev.1@hanbit-tech.example>")]),
    ("nb-ko-reply-busjaejung-human.eml", "hs.lim@incheon-log.example", "yj.lee@hanbit-tech.example", "RE: 계약서 초안",
     "이영진 대리님,\n\n검토 의견 첨부드립니다. 참고로 제가 다음 주 월~수 부재중이라, 그동안은 회신이 늦을 수 있습니다.\n\n임혜선 드림\n", "utf-8", "base64", [("In-Reply-To", "<prev.2@hanbit-tech.example>")]),
    ("nb-ko-naver-storage-warning-90.eml", "네이버 메일 <navermail_noreply@navercorp.com>", "hanbit.rep@naver.com", "[네이버 메일] 메일함 용량이 90%를 넘었습니다",
     "회원님의 메일함 사용량이 90%를 넘었습니다.\n용량이 가득 차면 새 메일을 받을 수 없습니다. 불필요한 메일을 삭제하거나 용량을 추가해 주세요.\n\n사용량: 13.6GB / 15GB\n", "utf-8", "base64", []),
    ("nb-ko-daum-new-login-alert.eml", "Daum <noreply@kakaocorp.com>", "hanbit.cs@hanmail.net", "[카카오] 새로운 기기에서 로그인되었습니다",
     "회원님의 카카오계정에 새로운 기기에서 로그인되었습니다.\n\n일시: 2026.12.03 02:41\n위치: 서울\n본인이 아니라면 비밀번호를 변경하고 2단계 인증을 설정해 주세요.\n", "euc-kr", "quoted-printable", []),
    ("nb-ko-hiworks-quota-admin-notice.eml", "하이웍스 <noreply@hiworks.com>", "admin@hanbit-sub.example", "[하이웍스] 도메인 메일 용량 사용 현황 안내",
     "관리자님, 안녕하세요.\nhanbit-sub.example 도메인의 전체 메일 용량 중 85%를 사용 중입니다.\n용량이 초과되면 일부 계정의 메일 수신이 제한될 수 있으니 추가 용량을 신청해 주세요.\n", "utf-8", "base64", [("Auto-Submitted", "auto-generated")]),
    ("nb-ko-gabia-hosting-expiry.eml", "가비아 <noreply@gabia.com>", "admin@hanbit-tech.example", "[가비아] 메일 호스팅 서비스 만료 예정 안내",
     "고객님의 메일 호스팅 서비스(hanbit-shop.example)가 2026년 12월 31일에 만료됩니다.\n만료 후에는 메일 수신이 중단되고, 수신된 메일은 발신자에게 반송됩니다.\n연장 신청은 My가비아에서 하실 수 있습니다.\n", "euc-kr", "base64", []),
    ("nb-ko-cafe24-maintenance.eml", "카페24 <noreply@cafe24.com>", "shop@mint-closet.example", "[카페24] 메일 서버 정기 점검 안내 (12/10)",
     "안녕하세요, 카페24입니다.\n12월 10일(목) 02:00~04:00 메일 서버 정기 점검이 진행됩니다.\n점검 시간 동안 메일 발송이 지연될 수 있으며, 점검 후 자동으로 재전송됩니다.\n", "utf-8", "quoted-printable", []),
    ("nb-ko-o365-quarantine-digest.eml", "Microsoft 365 <quarantine@messaging.microsoft.com>", "jh.kim@hanbit-tech.example", "Microsoft 365 보안: 격리된 메시지가 3개 있습니다",
     "격리된 메시지 검토\n\n다음 메시지가 스팸으로 의심되어 격리되었습니다. 배달하지 않은 메시지를 검토하세요.\n\n보낸 사람: promo@sale-kr.example  제목: (광고) 연말 특가\n보낸 사람: info@lottery-win.example  제목: 당첨을 축하드립니다\n", "utf-8", "base64", []),
    ("nb-ko-newsletter-shopping.eml", "쇼핑몰 뉴스 <news@shop-news-kr.example>", "cs@hanbit-tech.example", "(광고) 12월 연말 결산 세일! 최대 70% 할인",
     "연말 결산 세일이 시작되었습니다.\n\n수신을 원하지 않으시면 수신거부를 클릭해 주세요. 수신거부 처리 후 메일이 반송되는 주소로 확인되면 자동으로 구독이 해지됩니다.\n", "euc-kr", "base64", [("List-Unsubscribe", "<mailto:unsubscribe@shop-news-kr.example>")]),
    ("nb-ko-newsletter-it-weekly.eml", "IT 위클리 <weekly@it-weekly-kr.example>", "jh.kim@hanbit-tech.example", "[IT 위클리] 이메일 반송률을 낮추는 5가지 방법",
     "이번 주 주제: 이메일 반송(바운스)\n\n1. 존재하지 않는 주소(550 5.1.1 User unknown)는 즉시 목록에서 삭제하세요.\n2. 메일함 용량 초과(552)는 일시적인 경우가 많습니다.\n3. SPF, DKIM, DMARC를 설정하세요.\n", "utf-8", "base64", [("List-Id", "<weekly.it-weekly-kr.example>")]),
    ("nb-ko-spam-loan.eml", "김대출 <loan@cheap-loan-kr.example>", "sales@hanbit-tech.example", "(광고) 무직자 당일 대출 가능",
     "신용 조회 없이 당일 승인! 지금 바로 상담하세요.\n무료 수신거부: 080-000-0000\n", "euc-kr", "base64", []),
    ("nb-ko-phishing-mailbox-full.eml", "메일 관리자 <admin@mail-security-kr.example>", "yj.lee@hanbit-tech.example", "[긴급] 메일함 용량 초과로 수신이 중단됩니다",
     "귀하의 메일함 용량이 초과되어 새 메일이 반송되고 있습니다.\n아래 링크에서 계정을 확인하지 않으면 24시간 후 계정이 삭제됩니다.\nhttp://mail-security-kr.example/verify\n", "utf-8", "base64", []),
    ("nb-ko-kisa-rbl-registration-notice.eml", "KISA 불법스팸대응센터 <rbl@spam-center-sample.example>", "admin@hanbit-tech.example", "[KISA] RBL 등록 IP 안내",
     "귀사의 메일 서버 IP 203.0.113.25 가 스팸 발송으로 RBL에 등록되었습니다.\n해제를 원하시면 조치 결과를 제출해 주시기 바랍니다.\n", "euc-kr", "base64", []),
    ("nb-ko-naver-works-security-alert.eml", "NAVER WORKS <noreply@worksmobile.com>", "jh.kim@hanbit-tech.example", "[NAVER WORKS] 비밀번호 변경 안내",
     "보안을 위해 90일마다 비밀번호를 변경해 주세요.\n비밀번호 만료일: 2026-12-10\n", "utf-8", "quoted-printable", []),
    ("nb-ko-customer-question-undeliverable.eml", "customer.joo@naver.com", "cs@hanbit-tech.example", "주문 확인 메일이 안 와요",
     "안녕하세요. 어제 주문했는데 주문 확인 메일을 못 받았습니다. 혹시 제 메일 주소(customer.joo@naver.com)로 보낸 메일이 반송되었나요? 메일함이 꽉 찬 것 같지는 않은데요.\n", "utf-8", "base64", []),
    ("nb-ko-daou-approval-request.eml", "다우오피스 <noreply@daouoffice.com>", "branch@hanbit-busan.example", "[전자결재] 결재 요청: 출장비 정산",
     "결재 요청이 도착했습니다.\n문서 제목: 출장비 정산\n기안자: 정우성\n", "euc-kr", "base64", [("Auto-Submitted", "auto-generated")]),
    ("nb-ko-kt-bill-notice.eml", "KT <bill@kt-bill-sample.example>", "home.user@kornet.net", "[KT] 12월 이용요금 안내",
     "고객님의 12월 이용요금은 33,000원입니다. 납부 기한: 12월 25일.\n", "euc-kr", "quoted-printable", []),
    ("nb-ko-english-reply-from-partner.eml", "t.baker@northwind-traders.example", "sales@hanbit-tech.example", "RE: Quote for December",
     "Hello Mr. Kim,\n\nYour earlier mail bounced from my old address, as you said. Please use this one from now on.\n\nBest,\nTom\n", "us-ascii", None, [("In-Reply-To", "<prev.3@hanbit-tech.example>")]),
    ("nb-ko-calendar-invite.eml", "yj.lee@hanbit-tech.example", "team@hanbit-tech.example", "초대: 주간 회의 (12/4 10:00)",
     "주간 회의에 초대합니다.\n일시: 12월 4일 목요일 오전 10시\n장소: 3층 회의실\n", "utf-8", "base64", []),
    ("nb-ko-lguplus-service-notice.eml", "LG U+ <noreply@lguplus-sample.example>", "home.user@lguplus.co.kr", "[LG U+] 메일 서비스 종료 안내",
     "LG U+ 메일 서비스가 2027년 6월 30일 종료됩니다. 이후 수신되는 메일은 발신자에게 반송됩니다.\n중요한 메일은 미리 백업해 주세요.\n", "utf-8", "base64", []),
]
for nm, frm, to, subj, body, charset, cte, extra in NEAR:
    if "<" in frm:
        disp, addr = frm.split(" <")
        frm = enc_header(disp, "utf-8") + " <" + addr
    ordinary(nm, frm=frm, to=to, subject=subj, body=body, charset=charset, cte=cte, extra=extra)

write_expected(os.path.join(OUT, "expected.jsonl"))
