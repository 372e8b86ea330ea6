#!/usr/bin/env python3
"""Writes testdata/unseen/batch-66: one night of bounces for an East and
South-East Asian consumer electronics brand (Lumora Electronics): Naver,
Daum/Kakao (hanmail.net), Nate, Korean companies on Exchange and Daou;
Taiwan HiNet, PChome, Yahoo Kimo, SeedNet and universities (edu.tw); Hong
Kong Netvigator, HKBN, Yahoo HK; Singapore SingNet/StarHub; Malaysia TM
Net; Indonesia Telkom; Vietnam VNPT/FPT; Thailand TOT/True. Texts in
Korean (EUC-KR, UTF-8), traditional Chinese (Big5, UTF-8), English,
Vietnamese, Thai (TIS-620, UTF-8), Indonesian and Malay; about one in
eight is a delay; a few auto-replies. Near-misses in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch66.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

BRAND = "lumora-electronics.example"
MTA = "mail." + BRAND
OUT_IP = "203.0.113.25"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(name, frm, to, subject, date, body="Thank you for registering your Lumora product.\n", charset="utf-8"):
    subj = subject if all(ord(c) < 128 for c in subject) else enc_header(subject, charset)
    h = orig_headers(frm, to, subj, date, mid(name + "o", frm.split("@")[1]))
    h = h.replace("charset=utf-8", f"charset={charset}")
    return h


# ---------------------------------------------------------------- the brand's own Postfix

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

Your message could not be delivered for more than {hours} hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, *, sender, recips, lines, date, osubj, odate, delay=None, host=MTA, ocharset="utf-8"):
    """recips: dicts for delivery_status; lines: the text part's per-recipient lines."""
    head = PF_DELAY.format(host=host, hours=delay) if delay else PF_HEAD.format(host=host)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    for r in recips:
        r.setdefault("action", "delayed" if delay else "failed")
    rcpts = ", ".join(r["final"] for r in recips)
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=head + lines,
                    recips=recips, arrival=odate,
                    orig=orig(name, sender, rcpts, osubj, odate, charset=ocharset))


def notice(name, *, host, frm, to, subject, date, text, orig_msg, charset="us-ascii", cte=None, sw="Postfix",
           extra=(), subj_charset=None):
    """A provider's own non-DSN notice with the returned message attached."""
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig_msg, cte=None)],
                     boundary(name))
    s = enc_header(subject, subj_charset) if subj_charset else subject
    hops = ("Return-Path: <>\n" + hop(name, MTA, "Postfix", date, host, "192.0.2.77", to.split("<")[-1].rstrip(">"))
            + "\n" + hop(name + "/local", host, sw, date))
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", s),
             ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    return mail(heads, body)


def full_orig(name, frm, to, subject, date, body, charset="utf-8"):
    if all(ord(c) < 128 for c in body):
        return orig(name, frm, to, subject, date, charset=charset) + "\n" + body
    return (orig(name, frm, to, subject, date, charset=charset) + "Content-Transfer-Encoding: base64\n\n"
            + b64(body, charset) + "\n")


def ndr(name, *, host, frm, to, subject, date, text, recips, orig_msg, charset="utf-8", sw="Microsoft SMTP Server",
        html=None, subj_charset=None, reporting=None):
    """An Exchange-style or other DSN from the receiving side, text in a local charset."""
    s = enc_header(subject, subj_charset) if subj_charset else subject
    hops = "Return-Path: <>\n" + hop(name, MTA, "Postfix", date, host, "192.0.2.88", to)
    return dsn_mail(name, frm=frm, to=to, subject=s, date=date, host=host, hops=hops, text=text, recips=recips,
                    orig=orig_msg, charset=charset, cte="base64" if charset != "us-ascii" else None,
                    alt_html=html, reporting=reporting, returned="headers")


def auto_reply(name, *, frm, to, subject, date, host, text, charset, cte="base64", ip="192.0.2.140", extra=(),
               subj_charset=None):
    s = enc_header(subject, subj_charset or charset)
    hops = hop(name, MTA, "Postfix", date, host, ip, to)
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", s), ("Message-ID", mid(name, host))] + \
        list(extra)
    return mail(heads, text_part(text, charset, cte))


def ordinary(name, *, frm, to, subject, date, host, text, charset="us-ascii", cte=None, extra=(), subj_charset=None,
             ip="198.51.100.141"):
    s = enc_header(subject, subj_charset) if subj_charset else subject
    hops = hop(name, "mx." + BRAND, "Postfix", date, "out." + host, ip)
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", s), ("Message-ID", mid(name, host))] + \
        list(extra)
    return mail(heads, text_part(text, charset, cte))


KR = "support@kr." + BRAND
TW = "service@tw." + BRAND
HK = "cs@hk." + BRAND
SG = "care@sg." + BRAND
NEWS = "news@mailer." + BRAND
D = 3  # night of Thu 3 Dec 2026

# ================================================================ Korea

n = "naver-account-does-not-exist.eml"
d = dt(2026, 12, D, 1, 12, 4, "+0900")
write(OUT, n, pf(n, sender=KR, date=d, osubj="[루모라] 제품 등록이 완료되었습니다", odate=dt(2026, 12, D, 1, 12, 1, "+0900"),
    recips=[{"final": "minji.park77@naver.com", "status": "5.1.1", "remote": "mx1.mail.naver.com",
             "diag": "550 5.1.1 <minji.park77@naver.com>: Recipient account does not exist on this server"}],
    lines="<minji.park77@naver.com>: host mx1.mail.naver.com[192.0.2.10] said:\n"
          "    550 5.1.1 <minji.park77@naver.com>: Recipient account does not exist on\n"
          "    this server (in reply to RCPT TO command)\n"))
expect(n, "minji.park77@naver.com", "userunknown", hard=True, status="5.1.1", reply="550", vendor="naver")

n = "naver-storage-full-delayed.eml"
d = dt(2026, 12, D, 3, 40, 0, "+0900")
write(OUT, n, pf(n, sender=NEWS, date=d, delay=4, osubj="Lumora Buds 3 early bird", odate=dt(2026, 12, D, 0, 1, 0, "+0900"),
    recips=[{"final": "hyunwoo_k@naver.com", "status": "4.2.2", "remote": "mx3.mail.naver.com",
             "diag": "452 4.2.2 The user's mail storage has no free space left. Try again later"}],
    lines="<hyunwoo_k@naver.com>: host mx3.mail.naver.com[192.0.2.11] said:\n"
          "    452 4.2.2 The user's mail storage has no free space left. Try again later\n"
          "    (in reply to RCPT TO command)\n"))
expect(n, "hyunwoo_k@naver.com", "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="naver")

n = "naver-too-large-attachment.eml"
d = dt(2026, 12, D, 2, 5, 0, "+0900")
write(OUT, n, pf(n, sender=KR, date=d, osubj="견적서 및 제품 카탈로그", odate=dt(2026, 12, D, 2, 4, 30, "+0900"),
    recips=[{"final": "buyer.lee@naver.com", "status": "5.3.4", "remote": "mx2.mail.naver.com",
             "diag": "552 5.3.4 Your message is bigger than the 25 MB this server will take"}],
    lines="<buyer.lee@naver.com>: host mx2.mail.naver.com[192.0.2.12] said:\n"
          "    552 5.3.4 Your message is bigger than the 25 MB this server will take (in\n"
          "    reply to end of DATA command)\n"))
expect(n, "buyer.lee@naver.com", "emailtoolarge", status="5.3.4", reply="552", vendor="naver")

n = "naver-connection-rate-delayed.eml"
d = dt(2026, 12, D, 0, 55, 0, "+0900")
write(OUT, n, pf(n, sender=NEWS, date=d, delay=3, osubj="Lumora Black Friday extended", odate=dt(2026, 12, 2, 21, 50, 0, "+0900"),
    recips=[{"final": "sora.jung@naver.com", "status": "4.7.0", "remote": "mx1.mail.naver.com",
             "diag": "421 4.7.0 Connections from 203.0.113.25 are arriving faster than allowed; slow down and retry"}],
    lines="<sora.jung@naver.com>: host mx1.mail.naver.com[192.0.2.10] said:\n"
          "    421 4.7.0 Connections from 203.0.113.25 are arriving faster than allowed;\n"
          "    slow down and retry (in reply to MAIL FROM command)\n"))
expect(n, "sora.jung@naver.com", "ratelimited", status="4.7.0", reply="421", action="delayed", vendor="naver")

n = "naver-notice-sender-blocked-by-recipient-euckr.eml"
d = dt(2026, 12, D, 4, 2, 0, "+0900")
write(OUT, n, notice(n, host="mailer.naver.com", frm="Naver Mailer <mailer-daemon@naver.com>", to=KR,
    subject="메일 발송 실패 안내", subj_charset="euc-kr", date=d, charset="euc-kr", cte="base64",
    text="""안녕하세요. 네이버 메일입니다.

보내신 메일이 아래 받는 사람에게 전달되지 못했습니다.

  받는 사람 : jiyeon.han@naver.com
  실패 사유 : 받는 사람이 보낸 사람의 주소를 수신 거부 목록에 등록하여
              메일을 받지 않도록 설정하였습니다.

이 메일은 발신 전용입니다.
""", orig_msg=full_orig(n, KR, "jiyeon.han@naver.com", "[루모라] 12월 회원 혜택", dt(2026, 12, D, 4, 1, 0, "+0900"),
                        "12월 회원 혜택을 안내해 드립니다.\n")))
expect(n, "jiyeon.han@naver.com", "filtered", vendor="naver")

n = "hanmail-notice-no-such-address-euckr.eml"
d = dt(2026, 12, D, 1, 30, 0, "+0900")
write(OUT, n, notice(n, host="mail.daum.net", frm="Daum Mail <MAILER-DAEMON@hanmail.net>", to=KR,
    subject="[반송] 메일이 전달되지 않았습니다", subj_charset="euc-kr", date=d, charset="euc-kr", cte="base64",
    text="""보내신 메일을 받는 분께 전달하지 못했습니다.

받는 분 주소 : gyuri_0815@hanmail.net
원인 : 받는 분의 메일 주소가 존재하지 않습니다. 주소를 다시 확인해 주세요.

원본 메일 제목 : [루모라] 배송이 시작되었습니다
""", orig_msg=full_orig(n, KR, "gyuri_0815@hanmail.net", "[루모라] 배송이 시작되었습니다",
                        dt(2026, 12, D, 1, 29, 0, "+0900"), "주문하신 상품의 배송이 시작되었습니다.\n")))
expect(n, "gyuri_0815@hanmail.net", "userunknown", hard=True, vendor="daum")

n = "hanmail-notice-dormant-account-euckr.eml"
d = dt(2026, 12, D, 1, 31, 0, "+0900")
write(OUT, n, notice(n, host="mail.daum.net", frm="Daum Mail <MAILER-DAEMON@hanmail.net>", to=KR,
    subject="[반송] 메일이 전달되지 않았습니다", subj_charset="euc-kr", date=d, charset="euc-kr", cte="base64",
    text="""보내신 메일을 받는 분께 전달하지 못했습니다.

받는 분 주소 : oldfriend.choi@hanmail.net
원인 : 받는 분의 계정이 장기간 로그인하지 않아 휴면 상태로 전환되었습니다.
       휴면이 해제될 때까지 메일을 받을 수 없습니다.
""", orig_msg=full_orig(n, KR, "oldfriend.choi@hanmail.net", "[루모라] 배송이 시작되었습니다",
                        dt(2026, 12, D, 1, 29, 0, "+0900"), "주문하신 상품의 배송이 시작되었습니다.\n")))
expect(n, "oldfriend.choi@hanmail.net", "suspend", vendor="daum")

n = "daum-two-recipients-full-and-unknown.eml"
d = dt(2026, 12, D, 2, 44, 0, "+0900")
write(OUT, n, pf(n, sender=NEWS, date=d, osubj="Lumora Smart Hub 할인", odate=dt(2026, 12, D, 2, 43, 0, "+0900"),
    recips=[{"final": "haneul.yoon@daum.net", "status": "5.2.2", "remote": "mx1.hanmail.net",
             "diag": "552 5.2.2 <haneul.yoon@daum.net> mailbox quota exceeded, the mailbox is full"},
            {"final": "no.more.seo@hanmail.net", "status": "5.1.1", "remote": "mx1.hanmail.net",
             "diag": "550 5.1.1 <no.more.seo@hanmail.net> recipient not found"}],
    lines="<haneul.yoon@daum.net>: host mx1.hanmail.net[192.0.2.13] said: 552 5.2.2\n"
          "    <haneul.yoon@daum.net> mailbox quota exceeded, the mailbox is full (in reply\n"
          "    to RCPT TO command)\n\n"
          "<no.more.seo@hanmail.net>: host mx1.hanmail.net[192.0.2.13] said: 550\n"
          "    5.1.1 <no.more.seo@hanmail.net> recipient not found (in reply to RCPT TO\n"
          "    command)\n"))
expect(n, "haneul.yoon@daum.net", "mailboxfull", status="5.2.2", reply="552", vendor="daum")
expect(n, "no.more.seo@hanmail.net", "userunknown", hard=True, status="5.1.1", reply="550", vendor="daum")

n = "hanmail-notice-spam-ip-listed-euckr.eml"
d = dt(2026, 12, D, 5, 10, 0, "+0900")
write(OUT, n, notice(n, host="mail.daum.net", frm="Daum Mail <MAILER-DAEMON@hanmail.net>", to=NEWS,
    subject="[반송] 메일이 전달되지 않았습니다", subj_charset="euc-kr", date=d, charset="euc-kr", cte="base64",
    text="""보내신 메일을 받는 분께 전달하지 못했습니다.

받는 분 주소 : daeho.kwon@hanmail.net
원인 : 발송 서버의 IP 주소(203.0.113.25)가 스팸 발송지로 등록되어 있어
       수신이 차단되었습니다.
""", orig_msg=full_orig(n, NEWS, "daeho.kwon@hanmail.net", "Lumora 연말 특가", dt(2026, 12, D, 5, 9, 0, "+0900"),
                        "연말 특가 안내입니다.\n")))
expect(n, "daeho.kwon@hanmail.net", "blocked", vendor="daum")

n = "nate-user-unknown-sendmail-style.eml"
d = dt(2026, 12, D, 2, 2, 0, "+0900")
write(OUT, n, pf(n, sender=KR, date=d, osubj="A/S 접수 확인", odate=dt(2026, 12, D, 2, 1, 0, "+0900"),
    recips=[{"final": "cool_guy82@nate.com", "status": "5.1.1", "remote": "mx.nate.com",
             "diag": "550 5.1.1 <cool_guy82@nate.com>... User unknown"}],
    lines="<cool_guy82@nate.com>: host mx.nate.com[192.0.2.14] said: 550 5.1.1\n"
          "    <cool_guy82@nate.com>... User unknown (in reply to RCPT TO command)\n"))
expect(n, "cool_guy82@nate.com", "userunknown", hard=True, status="5.1.1", reply="550", vendor="nate")

n = "nate-kisa-rbl-refused.eml"
d = dt(2026, 12, D, 5, 30, 0, "+0900")
write(OUT, n, pf(n, sender=NEWS, date=d, osubj="Lumora 연말 특가", odate=dt(2026, 12, D, 5, 29, 0, "+0900"),
    recips=[{"final": "yejin.oh@nate.com", "status": "5.7.1", "remote": "mx.nate.com",
             "diag": "554 5.7.1 Connection from 203.0.113.25 refused: address listed on KISA-RBL (spamlist.or.kr)"}],
    lines="<yejin.oh@nate.com>: host mx.nate.com[192.0.2.14] refused to talk to\n"
          "    me: 554 5.7.1 Connection from 203.0.113.25 refused: address listed on\n"
          "    KISA-RBL (spamlist.or.kr)\n"))
expect(n, "yejin.oh@nate.com", "blocked", status="5.7.1", reply="554", vendor="nate")

KO_EXCH = """배달 실패: 다음 받는 사람에게 메시지를 배달할 수 없습니다.

{rcpt}
{why}

받는 사람 서버의 진단 정보:

보고 서버: {host}
{rcpt}
{diag}
"""

n = "exchange-ko-recipient-not-found-utf8.eml"
d = dt(2026, 12, D, 10, 2, 0, "+0900")
h = "KRSEL-EX02.hanbit-parts.example"
write(OUT, n, ndr(n, host=h, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hanbit-parts.example>",
    to=KR, subject="배달되지 않음: 1분기 부품 발주 확인", subj_charset="utf-8", date=d,
    text=KO_EXCH.format(rcpt="jw.song@hanbit-parts.example", host=h,
                        why="받는 사람의 전자 메일 주소를 찾을 수 없습니다. 주소를 확인한 후 메시지를 다시 보내십시오.",
                        diag="Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"),
    recips=[{"final": "jw.song@hanbit-parts.example", "status": "5.1.10", "remote": h,
             "diag": "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"}],
    orig_msg=orig(n, KR, "jw.song@hanbit-parts.example", "1분기 부품 발주 확인", dt(2026, 12, D, 10, 1, 0, "+0900"))))
expect(n, "jw.song@hanbit-parts.example", "userunknown", hard=True, status="5.1.10", reply="550", vendor="exchange")

n = "exchange-ko-delay-unable-to-connect.eml"
d = dt(2026, 12, D, 14, 0, 0, "+0900")
h = "KRSEL-EX02.hanbit-parts.example"
write(OUT, n, ndr(n, host=h, frm="Microsoft Outlook <postmaster@hanbit-parts.example>", to=KR,
    subject="배달 지연: 부품 검수 결과 회신", subj_charset="utf-8", date=d,
    text="""배달이 지연되고 있습니다: 다음 받는 사람에게 아직 메시지를 배달하지 못했습니다.

qa.team@hanbit-parts.example

대상 서버에 연결할 수 없어 배달이 지연되었습니다. 서버가 계속 다시 시도합니다.
추가 조치는 필요하지 않습니다. 2일 이내에 배달되지 않으면 배달 실패 알림이 전송됩니다.

보고 서버: KRSEL-EX02.hanbit-parts.example
qa.team@hanbit-parts.example
451 4.4.0 Primary target IP address responded with: "421 4.4.0 Unable to connect." Attempted failover to alternate host, but that did not succeed.
""",
    recips=[{"final": "qa.team@hanbit-parts.example", "status": "4.4.0", "action": "delayed",
             "diag": "smtp; 451 4.4.0 Primary target IP address responded with: \"421 4.4.0 Unable to connect.\" Attempted failover to alternate host, but that did not succeed."}],
    orig_msg=orig(n, KR, "qa.team@hanbit-parts.example", "부품 검수 결과 회신",
                  dt(2026, 12, D, 9, 30, 0, "+0900"))))
expect(n, "qa.team@hanbit-parts.example", "networkerror", status="4.4.0", reply="451", action="delayed",
       vendor="exchange")

n = "daou-size-limit-korean-utf8.eml"
d = dt(2026, 12, D, 11, 15, 0, "+0900")
write(OUT, n, notice(n, host="mail.seoul-retail.example", frm="DaouOffice <postmaster@seoul-retail.example>", to=KR,
    subject="[메일 반송] 수신 거부: 신제품 이미지 자료", subj_charset="utf-8", date=d, charset="utf-8", cte="base64", sw="Terrace",
    text="""메일 전송 실패 안내

받는 사람: md.kang@seoul-retail.example
실패 사유: 메일 크기(38.2MB)가 받는 서버에서 허용하는 최대 크기(20MB)를 초과하여 수신이 거부되었습니다.
           대용량 첨부 기능을 이용하여 다시 보내 주십시오.

SMTP 응답: 552 message size exceeds server limit
""", orig_msg=full_orig(n, KR, "md.kang@seoul-retail.example", "신제품 이미지 자료", dt(2026, 12, D, 11, 14, 0, "+0900"),
                        "신제품 이미지 자료를 첨부합니다.\n")))
expect(n, "md.kang@seoul-retail.example", "emailtoolarge", reply="552", vendor="daou")

n = "daou-spf-fail-korean-utf8.eml"
d = dt(2026, 12, D, 11, 40, 0, "+0900")
write(OUT, n, notice(n, host="mail.gangnam-dental.example", frm="DaouOffice <postmaster@gangnam-dental.example>", to=KR,
    subject="[메일 반송] 전송 실패 알림", subj_charset="utf-8", date=d, charset="utf-8", cte="base64", sw="Terrace",
    text="""메일 전송 실패 안내

받는 사람: office@gangnam-dental.example
실패 사유: 보낸 사람 도메인(kr.lumora-electronics.example)의 SPF 인증에 실패하여
           위조 메일로 판단되었습니다. 보낸 사람의 메일 관리자에게 문의하십시오.
""", orig_msg=full_orig(n, KR, "office@gangnam-dental.example", "정기 점검 안내", dt(2026, 12, D, 11, 39, 0, "+0900"),
                        "정기 점검 일정을 안내드립니다.\n")))
expect(n, "office@gangnam-dental.example", "authfailure", vendor="daou")

n = "daou-temporary-local-problem-delayed.eml"
d = dt(2026, 12, D, 6, 0, 0, "+0900")
write(OUT, n, pf(n, sender=KR, date=d, delay=4, osubj="서비스 센터 방문 예약 확인", odate=dt(2026, 12, D, 1, 50, 0, "+0900"),
    recips=[{"final": "reserve@busan-mart.example", "status": "4.3.0", "remote": "mail.busan-mart.example",
             "diag": "451 4.3.0 Temporary local problem in mail store - please try later"}],
    lines="<reserve@busan-mart.example>: host mail.busan-mart.example[198.51.100.61] said:\n"
          "    451 4.3.0 Temporary local problem in mail store - please try later (in\n"
          "    reply to end of DATA command)\n"))
expect(n, "reserve@busan-mart.example", "systemerror", status="4.3.0", reply="451", action="delayed", vendor="daou")

n = "vacation-ko-kakao-autoreply-euckr.eml"
d = dt(2026, 12, D, 9, 5, 0, "+0900")
write(OUT, n, auto_reply(n, frm=enc_header("박서준", "euc-kr") + " <seojun.park@hanmail.net>", to=KR,
    subject="[자동응답] Re: A/S 접수 확인", date=d, host="mail.daum.net", charset="euc-kr",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    text="안녕하세요. 박서준입니다.\n\n12월 10일까지 해외 출장 중이라 메일 확인이 어렵습니다.\n급한 용무는 010-0000-0000으로 연락 부탁드립니다.\n"))
expect(n, "seojun.park@hanmail.net", "vacation", action="", vendor="daum")

# ================================================================ Taiwan

n = "hinet-notice-account-deactivated-big5.eml"
d = dt(2026, 12, D, 0, 22, 0, "+0800")
write(OUT, n, notice(n, host="msr.hinet.net", frm="HiNet Mail System <MAILER-DAEMON@msa.hinet.net>", to=TW,
    subject="退信通知：郵件無法送達", subj_charset="big5", date=d, charset="big5", cte="base64",
    text="""您好：

這是 HiNet 郵件系統自動產生的通知，請勿直接回覆。

您寄出的郵件無法送達下列收件者：

    a1234567@ms15.hinet.net

原因：收件者帳號因用戶終止 HiNet 服務契約已被停用，暫時無法接收郵件。

原始郵件主旨：Lumora 保固登錄完成通知
""", orig_msg=full_orig(n, TW, "a1234567@ms15.hinet.net", "Lumora 保固登錄完成通知", dt(2026, 12, D, 0, 21, 0, "+0800"),
                        "您的產品保固已登錄完成。\n", charset="big5")))
expect(n, "a1234567@ms15.hinet.net", "suspend", vendor="hinet")

n = "hinet-mailbox-over-allocation.eml"
d = dt(2026, 12, D, 0, 30, 0, "+0800")
write(OUT, n, pf(n, sender=TW, date=d, osubj="Lumora 保固登錄完成通知", odate=dt(2026, 12, D, 0, 29, 0, "+0800"),
    recips=[{"final": "chenmeiling@ms45.hinet.net", "status": "5.2.2", "remote": "ms45.hinet.net",
             "diag": "550 5.2.2 <chenmeiling@ms45.hinet.net>: user has used up the storage allocated to the mailbox"}],
    lines="<chenmeiling@ms45.hinet.net>: host ms45.hinet.net[192.0.2.15] said: 550\n"
          "    5.2.2 <chenmeiling@ms45.hinet.net>: user has used up the storage allocated\n"
          "    to the mailbox (in reply to RCPT TO command)\n"))
expect(n, "chenmeiling@ms45.hinet.net", "mailboxfull", status="5.2.2", reply="550", vendor="hinet")

n = "hinet-dynamic-ip-refused.eml"
d = dt(2026, 12, D, 0, 45, 0, "+0800")
write(OUT, n, pf(n, sender=NEWS, date=d, osubj="Lumora 雙12 限時優惠", odate=dt(2026, 12, D, 0, 44, 0, "+0800"),
    recips=[{"final": "wang.jiahao@msa.hinet.net", "status": "5.7.1", "remote": "msa.hinet.net",
             "diag": "550 5.7.1 Your IP 203.0.113.25 is on the HiNet block list for unsolicited bulk senders; connection refused"}],
    lines="<wang.jiahao@msa.hinet.net>: host msa.hinet.net[192.0.2.16] said: 550\n"
          "    5.7.1 Your IP 203.0.113.25 is on the HiNet block list for unsolicited bulk\n"
          "    senders; connection refused (in reply to MAIL FROM command)\n"))
expect(n, "wang.jiahao@msa.hinet.net", "blocked", status="5.7.1", reply="550", vendor="hinet")

n = "hinet-connect-refused-delayed.eml"
d = dt(2026, 12, D, 4, 45, 0, "+0800")
write(OUT, n, pf(n, sender=TW, date=d, delay=4, osubj="維修進度通知", odate=dt(2026, 12, D, 0, 40, 0, "+0800"),
    recips=[{"final": "lin.shop@ms22.hinet.net", "status": "4.4.1",
             "diag": "X-Postfix; connect to ms22.hinet.net[192.0.2.17]:25: Connection refused"}],
    lines="<lin.shop@ms22.hinet.net>: connect to ms22.hinet.net[192.0.2.17]:25:\n    Connection refused\n"))
expect(n, "lin.shop@ms22.hinet.net", "networkerror", status="4.4.1", action="delayed", vendor="hinet")

n = "pchome-notice-mailbox-full-big5.eml"
d = dt(2026, 12, D, 1, 5, 0, "+0800")
write(OUT, n, notice(n, host="mx.pchome.com.tw", frm="PChome Mail <postmaster@pchome.com.tw>", to=TW,
    subject="郵件退回：收件者信箱已滿", subj_charset="big5", date=d, charset="big5", cte="base64",
    text="""您寄給以下收件者的信件已被退回：

    tsai.yuting@pchome.com.tw

退信原因：收件者的信箱容量已滿，無法再接收新郵件。
請稍後再寄送，或以其他方式聯絡收件者。

PChome Online 網路家庭
""", orig_msg=full_orig(n, TW, "tsai.yuting@pchome.com.tw", "維修進度通知", dt(2026, 12, D, 1, 4, 0, "+0800"),
                        "您的維修單已完成檢測。\n", charset="big5")))
expect(n, "tsai.yuting@pchome.com.tw", "mailboxfull", vendor="pchome")

n = "pchome-no-such-mailbox-utf8-dsn.eml"
d = dt(2026, 12, D, 1, 15, 0, "+0800")
write(OUT, n, ndr(n, host="mx.pchome.com.tw", frm="PChome Mail <MAILER-DAEMON@pchome.com.tw>", to=TW,
    subject="無法投遞的郵件", subj_charset="utf-8", date=d, reporting="mx.pchome.com.tw",
    text="""這是 PChome 郵件伺服器自動回覆的投遞狀態通知。

您的郵件無法投遞給下列收件者：

<huang.zhiwei@pchome.com.tw>：此電子郵件地址不存在於本系統，請檢查拼字。
""",
    recips=[{"final": "huang.zhiwei@pchome.com.tw", "status": "5.1.1",
             "diag": "smtp; 550 5.1.1 mailbox unavailable"}],
    orig_msg=orig(n, TW, "huang.zhiwei@pchome.com.tw", "維修進度通知", dt(2026, 12, D, 1, 14, 0, "+0800"))))
expect(n, "huang.zhiwei@pchome.com.tw", "userunknown", hard=True, status="5.1.1", reply="550", vendor="pchome")

n = "yahoo-kimo-no-account.eml"
d = dt(2026, 12, D, 1, 40, 0, "+0800")
write(OUT, n, pf(n, sender=NEWS, date=d, osubj="Lumora 雙12 限時優惠", odate=dt(2026, 12, D, 1, 39, 0, "+0800"),
    recips=[{"final": "sweetpeach1999@yahoo.com.tw", "status": "5.0.0", "remote": "mta7.am0.yahoodns.net",
             "diag": "554 delivery error: dd This user doesn't have a yahoo.com.tw account (sweetpeach1999@yahoo.com.tw) [0] - mta4011.mail.tw1.yahoo.com"}],
    lines="<sweetpeach1999@yahoo.com.tw>: host mta7.am0.yahoodns.net[192.0.2.18]\n"
          "    said: 554 delivery error: dd This user doesn't have a yahoo.com.tw account\n"
          "    (sweetpeach1999@yahoo.com.tw) [0] - mta4011.mail.tw1.yahoo.com (in reply\n"
          "    to end of DATA command)\n"))
expect(n, "sweetpeach1999@yahoo.com.tw", "userunknown", hard=True, status="5.0.0", reply="554", vendor="yahoo")

n = "seednet-gave-up-after-five-days.eml"
d = dt(2026, 12, D, 2, 0, 0, "+0800")
write(OUT, n, pf(n, sender=TW, date=d, osubj="發票開立通知", odate=dt(2026, 11, 28, 1, 58, 0, "+0800"),
    recips=[{"final": "acct.lee@seed.net.tw", "status": "4.4.1",
             "diag": "X-Postfix; connect to ms1.seed.net.tw[192.0.2.19]:25: Connection timed out"}],
    lines="<acct.lee@seed.net.tw>: message could not be delivered within 5 days; the last\n"
          "    attempt said: connect to ms1.seed.net.tw[192.0.2.19]:25: Connection\n"
          "    timed out\n"))
expect(n, "acct.lee@seed.net.tw", "expired", status="4.4.1", vendor="seednet")

n = "edu-tw-graduate-account-disabled.eml"
d = dt(2026, 12, D, 2, 20, 0, "+0800")
write(OUT, n, pf(n, sender=TW, date=d, osubj="Lumora 校園方案說明", odate=dt(2026, 12, D, 2, 19, 0, "+0800"),
    recips=[{"final": "b09901123@ntu.edu.tw", "status": "5.2.1", "remote": "mx.ntu.edu.tw",
             "diag": "550 5.2.1 <b09901123@ntu.edu.tw>: account disabled (student accounts are deactivated six months after graduation)"}],
    lines="<b09901123@ntu.edu.tw>: host mx.ntu.edu.tw[192.0.2.20] said: 550 5.2.1\n"
          "    <b09901123@ntu.edu.tw>: account disabled (student accounts are deactivated\n"
          "    six months after graduation) (in reply to RCPT TO command)\n"))
expect(n, "b09901123@ntu.edu.tw", "suspend", status="5.2.1", reply="550", vendor="edu.tw")

n = "edu-tw-quota-used-up-openwebmail.eml"
d = dt(2026, 12, D, 2, 25, 0, "+0800")
write(OUT, n, pf(n, sender=TW, date=d, osubj="Lumora 校園方案說明", odate=dt(2026, 12, D, 2, 24, 0, "+0800"),
    recips=[{"final": "p76101234@gs.ncku.edu.tw", "status": "5.2.2", "remote": "mail.ncku.edu.tw",
             "diag": "552 5.2.2 p76101234: the disk space granted to this account is used up"}],
    lines="<p76101234@gs.ncku.edu.tw>: host mail.ncku.edu.tw[192.0.2.21] said: 552\n"
          "    5.2.2 p76101234: the disk space granted to this account is used up (in\n"
          "    reply to end of DATA command)\n"))
expect(n, "p76101234@gs.ncku.edu.tw", "mailboxfull", status="5.2.2", reply="552", vendor="edu.tw")

n = "edu-tw-backup-mx-relay-denied.eml"
d = dt(2026, 12, D, 2, 35, 0, "+0800")
write(OUT, n, pf(n, sender=TW, date=d, osubj="Lumora 校園方案說明", odate=dt(2026, 12, D, 2, 34, 0, "+0800"),
    recips=[{"final": "prof.hsu@cs.nthu-lab.edu.tw", "status": "5.7.1", "remote": "mx2.cs.nthu-lab.edu.tw",
             "diag": "554 5.7.1 <prof.hsu@cs.nthu-lab.edu.tw>: Relay access denied"}],
    lines="<prof.hsu@cs.nthu-lab.edu.tw>: host mx2.cs.nthu-lab.edu.tw[192.0.2.210] said:\n"
          "    554 5.7.1 <prof.hsu@cs.nthu-lab.edu.tw>: Relay access denied (in reply to\n"
          "    RCPT TO command)\n"))
expect(n, "prof.hsu@cs.nthu-lab.edu.tw", "norelaying", status="5.7.1", reply="554", vendor="edu.tw")

n = "vacation-zh-tw-big5-autoreply.eml"
d = dt(2026, 12, D, 8, 30, 0, "+0800")
write(OUT, n, auto_reply(n, frm=enc_header("陳志明", "big5") + " <cm.chen@tw-distributor.example>", to=TW,
    subject="自動回覆：發票開立通知", date=d, host="mail.tw-distributor.example", charset="big5",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="您好，我目前休假中，12月7日回到辦公室。\n緊急事項請聯絡業務部 林小姐，分機 203。\n"))
expect(n, "cm.chen@tw-distributor.example", "vacation", action="", vendor="")

# ================================================================ Hong Kong

n = "netvigator-unknown-in-virtual-table.eml"
d = dt(2026, 12, D, 0, 10, 0, "+0800")
write(OUT, n, pf(n, sender=HK, date=d, osubj="Lumora order HK-88123 confirmed", odate=dt(2026, 12, D, 0, 9, 0, "+0800"),
    recips=[{"final": "kwokwaiman@netvigator.com", "status": "5.1.1", "remote": "mx.netvigator.com",
             "diag": "550 5.1.1 <kwokwaiman@netvigator.com>: Recipient address rejected: User unknown in virtual mailbox table"}],
    lines="<kwokwaiman@netvigator.com>: host mx.netvigator.com[192.0.2.22] said:\n"
          "    550 5.1.1 <kwokwaiman@netvigator.com>: Recipient address rejected: User\n"
          "    unknown in virtual mailbox table (in reply to RCPT TO command)\n"))
expect(n, "kwokwaiman@netvigator.com", "userunknown", hard=True, status="5.1.1", reply="550", vendor="netvigator")

n = "netvigator-ube-content-rejected.eml"
d = dt(2026, 12, D, 0, 50, 0, "+0800")
write(OUT, n, pf(n, sender=NEWS, date=d, osubj="WIN a Lumora TV!!! Click now", odate=dt(2026, 12, D, 0, 49, 0, "+0800"),
    recips=[{"final": "tsang.family@netvigator.com", "status": "5.7.1", "remote": "mx.netvigator.com",
             "diag": "550 5.7.1 Message content rejected, UBE, id=14522-09"}],
    lines="<tsang.family@netvigator.com>: host mx.netvigator.com[192.0.2.22] said:\n"
          "    550 5.7.1 Message content rejected, UBE, id=14522-09 (in reply to end of\n"
          "    DATA command)\n"))
expect(n, "tsang.family@netvigator.com", "spamdetected", status="5.7.1", reply="550", vendor="netvigator")

n = "hkbn-over-quota-delayed.eml"
d = dt(2026, 12, D, 4, 10, 0, "+0800")
write(OUT, n, pf(n, sender=HK, date=d, delay=4, osubj="Lumora order HK-88140 shipped", odate=dt(2026, 12, D, 0, 5, 0, "+0800"),
    recips=[{"final": "chan.taiman@hkbn.net", "status": "4.2.2", "remote": "mx1.hkbn.net",
             "diag": "452 4.2.2 <chan.taiman@hkbn.net>: Over quota, message not stored"}],
    lines="<chan.taiman@hkbn.net>: host mx1.hkbn.net[192.0.2.31] said: 452 4.2.2\n"
          "    <chan.taiman@hkbn.net>: Over quota, message not stored (in reply to end of\n"
          "    DATA command)\n"))
expect(n, "chan.taiman@hkbn.net", "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="hkbn")

n = "hkbn-no-reverse-hostname.eml"
d = dt(2026, 12, D, 1, 20, 0, "+0800")
write(OUT, n, pf(n, sender=HK, date=d, osubj="Lumora order HK-88151 confirmed", odate=dt(2026, 12, D, 1, 19, 0, "+0800"),
    recips=[{"final": "leung.ka.ho@hkbn.net", "status": "5.7.1", "remote": "mx1.hkbn.net",
             "diag": "550 5.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.25]"}],
    lines="<leung.ka.ho@hkbn.net>: host mx1.hkbn.net[192.0.2.31] said: 550 5.7.1\n"
          "    Client host rejected: cannot find your reverse hostname, [203.0.113.25] (in\n"
          "    reply to RCPT TO command)\n"))
expect(n, "leung.ka.ho@hkbn.net", "requireptr", status="5.7.1", reply="550", vendor="hkbn")

n = "yahoo-hk-unauthenticated-sender.eml"
d = dt(2026, 12, D, 1, 45, 0, "+0800")
write(OUT, n, pf(n, sender="promo@hk-shop." + BRAND, date=d, osubj="Lumora HK members' night", odate=dt(2026, 12, D, 1, 44, 0, "+0800"),
    recips=[{"final": "candy_wong@yahoo.com.hk", "status": "5.7.9", "remote": "mta5.am0.yahoodns.net",
             "diag": "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM."}],
    lines="<candy_wong@yahoo.com.hk>: host mta5.am0.yahoodns.net[192.0.2.23] said:\n"
          "    550 5.7.9 This mail has been blocked because the sender is\n"
          "    unauthenticated. Yahoo requires all senders to authenticate with either\n"
          "    SPF or DKIM. (in reply to end of DATA command)\n"))
expect(n, "candy_wong@yahoo.com.hk", "authfailure", status="5.7.9", reply="550", vendor="yahoo")

n = "exchange-zh-hant-size-limit-utf8.eml"
d = dt(2026, 12, D, 10, 30, 0, "+0800")
h = "HKG-EXCH01.harbour-trading.example"
write(OUT, n, ndr(n, host=h, frm="Microsoft Outlook <postmaster@harbour-trading.example>", to=HK,
    subject="無法傳遞：2027 年度產品目錄", subj_charset="utf-8", date=d,
    text="""無法將郵件傳遞給這些收件者或群組：

ivy.lam@harbour-trading.example
郵件大小超過收件者信箱允許的上限，因此無法傳遞。請縮小附件後再試一次。

診斷資訊（供系統管理員使用）：

產生伺服器：HKG-EXCH01.harbour-trading.example
ivy.lam@harbour-trading.example
Remote Server returned '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient'
""",
    recips=[{"final": "ivy.lam@harbour-trading.example", "status": "5.2.3",
             "diag": "smtp; 550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"}],
    orig_msg=orig(n, HK, "ivy.lam@harbour-trading.example", "2027 年度產品目錄", dt(2026, 12, D, 10, 29, 0, "+0800"))))
expect(n, "ivy.lam@harbour-trading.example", "emailtoolarge", status="5.2.3", reply="550", vendor="exchange")

n = "o365-zh-hant-recipient-not-found.eml"
d = dt(2026, 12, D, 11, 5, 0, "+0800")
h = "HK2PR02MB4411.apcprd02.prod.outlook.com"
write(OUT, n, ndr(n, host=h, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kowloon-av.example>",
    to=HK, subject="無法傳遞：經銷商報價", subj_charset="utf-8", date=d,
    text="""您的郵件未傳遞給 sales.hk@kowloon-av.example，因為找不到該地址。請檢查收件者的電子郵件地址是否有拼字錯誤，然後再試一次。

收件者的電子郵件網域中找不到該收件者。

診斷資訊（供系統管理員使用）：
產生伺服器：HK2PR02MB4411.apcprd02.prod.outlook.com
sales.hk@kowloon-av.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sales.hk@kowloon-av.example not found by SMTP address lookup'
""",
    recips=[{"final": "sales.hk@kowloon-av.example", "status": "5.1.10",
             "diag": "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sales.hk@kowloon-av.example not found by SMTP address lookup"}],
    orig_msg=orig(n, HK, "sales.hk@kowloon-av.example", "經銷商報價", dt(2026, 12, D, 11, 4, 0, "+0800"))))
expect(n, "sales.hk@kowloon-av.example", "userunknown", hard=True, status="5.1.10", reply="550", vendor="office365")

# ================================================================ Singapore

n = "singnet-user-unknown-mirapoint.eml"
d = dt(2026, 12, D, 0, 15, 0, "+0800")
write(OUT, n, pf(n, sender=SG, date=d, osubj="Your Lumora warranty is now active", odate=dt(2026, 12, D, 0, 14, 0, "+0800"),
    recips=[{"final": "tanahkow@singnet.com.sg", "status": "5.1.1", "remote": "mx.singnet.com.sg",
             "diag": "550 5.1.1 <tanahkow@singnet.com.sg>... no such mailbox here"}],
    lines="<tanahkow@singnet.com.sg>: host mx.singnet.com.sg[192.0.2.24] said: 550\n"
          "    5.1.1 <tanahkow@singnet.com.sg>... no such mailbox here (in reply to RCPT\n"
          "    TO command)\n"))
expect(n, "tanahkow@singnet.com.sg", "userunknown", hard=True, status="5.1.1", reply="550", vendor="singnet")

n = "singnet-spamhaus-zen-listed.eml"
d = dt(2026, 12, D, 0, 58, 0, "+0800")
write(OUT, n, pf(n, sender=NEWS, date=d, osubj="Lumora 12.12 deals", odate=dt(2026, 12, D, 0, 57, 0, "+0800"),
    recips=[{"final": "lim.family@singnet.com.sg", "status": "5.7.1", "remote": "mx.singnet.com.sg",
             "diag": "554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org"}],
    lines="<lim.family@singnet.com.sg>: host mx.singnet.com.sg[192.0.2.24] said: 554\n"
          "    5.7.1 Service unavailable; Client host [203.0.113.25] blocked using\n"
          "    zen.spamhaus.org (in reply to RCPT TO command)\n"))
expect(n, "lim.family@singnet.com.sg", "blocked", status="5.7.1", reply="554", vendor="singnet")

n = "starhub-quota-exceeded.eml"
d = dt(2026, 12, D, 1, 8, 0, "+0800")
write(OUT, n, pf(n, sender=SG, date=d, osubj="Your Lumora warranty is now active", odate=dt(2026, 12, D, 1, 7, 0, "+0800"),
    recips=[{"final": "rajesh.k@starhub.net.sg", "status": "5.2.2", "remote": "mx.starhub.net.sg",
             "diag": "552 5.2.2 rajesh.k: storage quota exceeded, cannot accept more mail"}],
    lines="<rajesh.k@starhub.net.sg>: host mx.starhub.net.sg[192.0.2.25] said: 552\n"
          "    5.2.2 rajesh.k: storage quota exceeded, cannot accept more mail (in reply to\n"
          "    end of DATA command)\n"))
expect(n, "rajesh.k@starhub.net.sg", "mailboxfull", status="5.2.2", reply="552", vendor="starhub")

n = "exchange-sg-hop-count-loop.eml"
d = dt(2026, 12, D, 9, 45, 0, "+0800")
h = "SGEX01.merlion-logistics.example"
write(OUT, n, ndr(n, host=h, frm="postmaster@merlion-logistics.example", to=SG, charset="us-ascii",
    subject="Undeliverable: Replacement unit RMA-5521", date=d,
    text="""Delivery has failed to these recipients or groups:

returns@merlion-logistics.example
The message was sent back and forth between mail servers too many times and was
stopped to avoid a loop. The forwarding rules of this mailbox probably point at
each other.

Diagnostic information for administrators:

Generating server: SGEX01.merlion-logistics.example

returns@merlion-logistics.example
Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34'
""",
    recips=[{"final": "returns@merlion-logistics.example", "status": "5.4.14",
             "diag": "smtp; 554 5.4.14 Hop count exceeded - possible mail loop ATTR34"}],
    orig_msg=orig(n, SG, "returns@merlion-logistics.example", "Replacement unit RMA-5521", dt(2026, 12, D, 9, 40, 0, "+0800"))))
expect(n, "returns@merlion-logistics.example", "networkerror", status="5.4.14", reply="554", vendor="exchange")

n = "sg-clinic-dns-try-again-delayed.eml"
d = dt(2026, 12, D, 2, 30, 0, "+0800")
write(OUT, n, pf(n, sender=SG, date=d, delay=1, osubj="Service appointment reminder", odate=dt(2026, 12, D, 1, 25, 0, "+0800"),
    recips=[{"final": "ops@orchard-clinic.example", "status": "4.4.3",
             "diag": "X-Postfix; Host or domain name not found. Name service error for name=orchard-clinic.example type=MX: Host not found, try again"}],
    lines="<ops@orchard-clinic.example>: Host or domain name not found. Name service\n"
          "    error for name=orchard-clinic.example type=MX: Host not found, try again\n"))
expect(n, "ops@orchard-clinic.example", "networkerror", status="4.4.3", action="delayed", vendor="")

# ================================================================ Malaysia

n = "tmnet-no-mailbox-by-that-name.eml"
d = dt(2026, 12, D, 0, 35, 0, "+0800")
write(OUT, n, pf(n, sender=SG, date=d, osubj="Lumora Malaysia: registration received", odate=dt(2026, 12, D, 0, 34, 0, "+0800"),
    recips=[{"final": "ahmad.faizal@tm.net.my", "status": "5.1.1", "remote": "mx.tm.net.my",
             "diag": "550 5.1.1 sorry, no mailbox here by that name (#5.1.1)"}],
    lines="<ahmad.faizal@tm.net.my>: host mx.tm.net.my[192.0.2.26] said: 550 5.1.1\n"
          "    sorry, no mailbox here by that name (#5.1.1) (in reply to RCPT TO command)\n"))
expect(n, "ahmad.faizal@tm.net.my", "userunknown", hard=True, status="5.1.1", reply="550", vendor="tmnet")

n = "tmnet-typo-domain-not-found.eml"
d = dt(2026, 12, D, 0, 36, 0, "+0800")
write(OUT, n, pf(n, sender=SG, date=d, osubj="Lumora Malaysia: registration received", odate=dt(2026, 12, D, 0, 35, 0, "+0800"),
    recips=[{"final": "siti.aminah@tmnet.com.my", "status": "5.1.2",
             "diag": "X-Postfix; Host or domain name not found. Name service error for name=tmnet.com.my type=A: Host not found"}],
    lines="<siti.aminah@tmnet.com.my>: Host or domain name not found. Name service\n"
          "    error for name=tmnet.com.my type=A: Host not found\n"))
expect(n, "siti.aminah@tmnet.com.my", "hostunknown", hard=True, status="5.1.2", vendor="tmnet")

n = "tmnet-notice-account-suspended-malay.eml"
d = dt(2026, 12, D, 0, 40, 0, "+0800")
write(OUT, n, notice(n, host="mail.tm.net.my", frm="TM Mail System <postmaster@tm.net.my>", to=SG,
    subject="Penghantaran mel gagal / Mail delivery failed", date=d,
    text="""Mesej anda tidak dapat dihantar kepada penerima berikut:

    lee.chong.wei88@tm.net.my

Sebab: Akaun penerima telah digantung oleh pentadbir kerana tunggakan
bayaran. Mel tidak akan diterima sehingga akaun diaktifkan semula.

Ini adalah mesej automatik. Sila jangan balas.
""", orig_msg=full_orig(n, SG, "lee.chong.wei88@tm.net.my", "Lumora Malaysia: registration received",
                        dt(2026, 12, D, 0, 39, 0, "+0800"), "Thank you for registering.\n")))
expect(n, "lee.chong.wei88@tm.net.my", "suspend", vendor="tmnet")

n = "my-company-exim-unrouteable.eml"
d = dt(2026, 12, D, 13, 0, 0, "+0800")
write(OUT, n, notice(n, host="mail.penang-parts.example", frm="Mail Delivery System <Mailer-Daemon@penang-parts.example>",
    to=SG, subject="Mail delivery failed: returning message to sender", date=d, sw="Exim 4.97",
    text="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  accounts@penang-parts.example
    Unrouteable address
""", orig_msg=full_orig(n, SG, "accounts@penang-parts.example",
                        "Lumora Malaysia: invoice INV-2026-1187", dt(2026, 12, D, 12, 59, 0, "+0800"), "Please find the invoice attached.\n")))
expect(n, "accounts@penang-parts.example", "hostunknown", hard=True, vendor="exim")

# ================================================================ Indonesia

n = "telkom-notice-mailbox-full-indonesian.eml"
d = dt(2026, 12, D, 1, 50, 0, "+0700")
write(OUT, n, notice(n, host="mail.telkom.co.id", frm="Sistem Surat Telkom <postmaster@telkom.co.id>", to=SG,
    subject="Surat tidak terkirim", date=d,
    text="""Pesan Anda tidak dapat dikirimkan ke penerima berikut:

    budi.santoso@telkom.co.id

Alasan: Kotak surat penerima sudah penuh; kapasitas penyimpanan yang
disediakan telah terpakai seluruhnya. Silakan coba kirim kembali nanti.

Pesan ini dibuat secara otomatis.
""", orig_msg=full_orig(n, SG, "budi.santoso@telkom.co.id", "Penawaran Lumora untuk mitra Indonesia",
                        dt(2026, 12, D, 1, 49, 0, "+0700"), "Terlampir penawaran kami.\n")))
expect(n, "budi.santoso@telkom.co.id", "mailboxfull", vendor="telkom")

n = "telkom-too-many-connections-delayed.eml"
d = dt(2026, 12, D, 5, 50, 0, "+0700")
write(OUT, n, pf(n, sender=NEWS, date=d, delay=4, osubj="Promo Lumora 12.12", odate=dt(2026, 12, D, 1, 45, 0, "+0700"),
    recips=[{"final": "dewi.lestari@telkom.net.id", "status": "4.7.0", "remote": "mx.telkom.net.id",
             "diag": "421 4.7.0 Terlalu banyak koneksi dari IP 203.0.113.25, coba lagi nanti"}],
    lines="<dewi.lestari@telkom.net.id>: host mx.telkom.net.id[192.0.2.150] said: 421\n"
          "    4.7.0 Terlalu banyak koneksi dari IP 203.0.113.25, coba lagi nanti (in\n"
          "    reply to MAIL FROM command)\n"))
expect(n, "dewi.lestari@telkom.net.id", "ratelimited", status="4.7.0", reply="421", action="delayed", vendor="telkom")

n = "telkom-net-retired-null-mx.eml"
d = dt(2026, 12, D, 1, 55, 0, "+0700")
write(OUT, n, pf(n, sender=SG, date=d, osubj="Penawaran Lumora untuk mitra Indonesia", odate=dt(2026, 12, D, 1, 54, 0, "+0700"),
    recips=[{"final": "agus.wijaya@telkom.net", "status": "5.1.0",
             "diag": "X-Postfix; Domain telkom.net does not accept mail (nullMX)"}],
    lines="<agus.wijaya@telkom.net>: Domain telkom.net does not accept mail (nullMX)\n"))
expect(n, "agus.wijaya@telkom.net", "notaccept", hard=True, status="5.1.0", vendor="telkom")

n = "id-company-sender-domain-not-found.eml"
d = dt(2026, 12, D, 2, 10, 0, "+0700")
write(OUT, n, pf(n, sender="promo@id-mailer." + BRAND, date=d, osubj="Promo Lumora 12.12", odate=dt(2026, 12, D, 2, 9, 0, "+0700"),
    recips=[{"final": "pembelian@surabaya-elektronik.example", "status": "5.1.8", "remote": "mail.surabaya-elektronik.example",
             "diag": "553 5.1.8 <promo@id-mailer.lumora-electronics.example>: Sender address rejected: Domain not found"}],
    lines="<pembelian@surabaya-elektronik.example>: host\n"
          "    mail.surabaya-elektronik.example[198.51.100.90] said: 553 5.1.8\n"
          "    <promo@id-mailer.lumora-electronics.example>: Sender address rejected:\n"
          "    Domain not found (in reply to RCPT TO command)\n"))
expect(n, "pembelian@surabaya-elektronik.example", "rejected", status="5.1.8", reply="553", vendor="")

n = "vacation-id-cuti-autoreply.eml"
d = dt(2026, 12, D, 8, 0, 0, "+0700")
write(OUT, n, auto_reply(n, frm="Rina Kusuma <rina.kusuma@jakarta-gadget.example>", to=SG,
    subject="Balasan otomatis: Penawaran Lumora untuk mitra Indonesia", date=d, host="mail.jakarta-gadget.example",
    charset="utf-8", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
    text="Terima kasih atas email Anda.\n\nSaya sedang cuti sampai 8 Desember 2026 dan akan membalas setelah kembali.\nUntuk keperluan mendesak, hubungi sales@jakarta-gadget.example.\n"))
expect(n, "rina.kusuma@jakarta-gadget.example", "vacation", action="", vendor="")

# ================================================================ Vietnam

n = "vnpt-notice-mailbox-full-vietnamese.eml"
d = dt(2026, 12, D, 1, 0, 0, "+0700")
write(OUT, n, notice(n, host="mail.vnpt.vn", frm="VNPT Mail <postmaster@vnpt.vn>", to=SG,
    subject="Thư không gửi được", subj_charset="utf-8", date=d, charset="utf-8", cte="quoted-printable",
    text="""Thư của bạn không thể gửi tới người nhận sau:

    nguyen.van.an@vnpt.vn

Lý do: Hộp thư của người nhận đã đầy, dung lượng lưu trữ đã vượt quá giới hạn cho phép.
Vui lòng thử lại sau.

Đây là thư tự động, vui lòng không trả lời.
""", orig_msg=full_orig(n, SG, "nguyen.van.an@vnpt.vn", "Lumora Việt Nam: xác nhận bảo hành",
                        dt(2026, 12, D, 0, 59, 0, "+0700"), "Cảm ơn quý khách.\n")))
expect(n, "nguyen.van.an@vnpt.vn", "mailboxfull", vendor="vnpt")

n = "vnpt-ip-blocked-vietnamese.eml"
d = dt(2026, 12, D, 1, 10, 0, "+0700")
write(OUT, n, notice(n, host="mail.vnpt.vn", frm="VNPT Mail <postmaster@vnpt.vn>", to=NEWS,
    subject="Thư không gửi được", subj_charset="utf-8", date=d, charset="utf-8", cte="quoted-printable",
    text="""Thư của bạn không thể gửi tới người nhận sau:

    tran.thi.mai@vnpt.vn

Lý do: Địa chỉ IP máy chủ gửi (203.0.113.25) đã bị chặn do nằm trong danh sách đen chống thư rác.
Máy chủ trả lời: 554 5.7.1 rejected
""", orig_msg=full_orig(n, NEWS, "tran.thi.mai@vnpt.vn", "Khuyến mãi Lumora 12.12",
                        dt(2026, 12, D, 1, 9, 0, "+0700"), "Khuyến mãi cuối năm.\n")))
expect(n, "tran.thi.mai@vnpt.vn", "blocked", status="5.7.1", reply="554", vendor="vnpt")

n = "fpt-content-judged-spam-vietnamese.eml"
d = dt(2026, 12, D, 1, 20, 0, "+0700")
write(OUT, n, ndr(n, host="mx.fpt.vn", frm="Mail Delivery System <MAILER-DAEMON@fpt.vn>", to=SG,
    subject="Thông báo gửi thư thất bại", subj_charset="utf-8", date=d, reporting="mx.fpt.vn",
    text="""Thư của bạn không được chuyển tới người nhận dưới đây:

<le.hoang.nam@fpt.vn>: Thư bị từ chối vì nội dung bị bộ lọc đánh giá là thư rác (spam).
""",
    recips=[{"final": "le.hoang.nam@fpt.vn", "status": "5.7.1", "diag": "smtp; 550 5.7.1 rejected"}],
    orig_msg=orig(n, SG, "le.hoang.nam@fpt.vn", "Lumora Việt Nam: xác nhận bảo hành", dt(2026, 12, D, 1, 19, 0, "+0700"))))
expect(n, "le.hoang.nam@fpt.vn", "spamdetected", status="5.7.1", reply="550", vendor="fpt")

n = "fpt-amavis-infected-reject.eml"
d = dt(2026, 12, D, 3, 30, 0, "+0700")
write(OUT, n, pf(n, sender="partner@vn." + BRAND, date=d, osubj="Bang gia dai ly Q1", odate=dt(2026, 12, D, 3, 29, 0, "+0700"),
    recips=[{"final": "ketoan@hanoi-dienmay.example", "status": "5.7.0", "remote": "mail.hanoi-dienmay.example",
             "diag": "554 5.7.0 Reject, id=31877-04 - INFECTED: Win.Trojan.Agent-1123345"}],
    lines="<ketoan@hanoi-dienmay.example>: host mail.hanoi-dienmay.example[198.51.100.77]\n"
          "    said: 554 5.7.0 Reject, id=31877-04 - INFECTED: Win.Trojan.Agent-1123345 (in\n"
          "    reply to end of DATA command)\n"))
expect(n, "ketoan@hanoi-dienmay.example", "virusdetected", status="5.7.0", reply="554", vendor="")

n = "vn-mdaemon-gave-up-vietnamese.eml"
d = dt(2026, 12, D, 7, 0, 0, "+0700")
write(OUT, n, notice(n, host="mail.vn." + BRAND, frm="MDaemon <MDaemon@vn.lumora-electronics.example>",
    to="hr@vn." + BRAND, subject="Thông báo: thư không thể chuyển đi", subj_charset="utf-8", date=d,
    charset="utf-8", cte="base64", sw="MDaemon 23.5.2",
    text="""Máy chủ thư đã cố gắng chuyển thư của bạn trong 4 ngày nhưng không thành công
và đã ngừng thử lại. Thư bị trả lại cho người gửi.

Người nhận: training@saigon-office.example
Lần thử cuối: không nhận được phản hồi từ máy chủ nhận.
""", orig_msg=full_orig(n, "hr@vn." + BRAND, "training@saigon-office.example",
                        "Danh sách học viên khóa đào tạo", dt(2026, 11, 29, 6, 58, 0, "+0700"), "Gửi anh chị danh sách.\n")))
expect(n, "training@saigon-office.example", "expired", vendor="mdaemon")

# ================================================================ Thailand

n = "tot-notice-no-such-user-thai-tis620.eml"
d = dt(2026, 12, D, 1, 25, 0, "+0700")
write(OUT, n, notice(n, host="mail.totisp.net", frm="TOT Mail <postmaster@totisp.net>", to=SG,
    subject="แจ้งการส่งอีเมลไม่สำเร็จ", subj_charset="tis-620", date=d, charset="tis-620", cte="base64",
    text="""ระบบไม่สามารถส่งอีเมลของท่านถึงผู้รับต่อไปนี้ได้

    somchai.s@totisp.net

สาเหตุ: ไม่มีบัญชีผู้ใช้นี้ในระบบ กรุณาตรวจสอบที่อยู่อีเมลอีกครั้ง
""", orig_msg=full_orig(n, SG, "somchai.s@totisp.net", "Lumora Thailand: warranty registration",
                        dt(2026, 12, D, 1, 24, 0, "+0700"), "Thank you.\n")))
expect(n, "somchai.s@totisp.net", "userunknown", hard=True, vendor="tot")

n = "true-notice-mailbox-full-thai-utf8.eml"
d = dt(2026, 12, D, 1, 35, 0, "+0700")
write(OUT, n, notice(n, host="mail.truemail.co.th", frm="True Mail <MAILER-DAEMON@truemail.co.th>", to=SG,
    subject="อีเมลตีกลับ: ส่งไม่สำเร็จ", subj_charset="utf-8", date=d, charset="utf-8", cte="base64",
    text="""ไม่สามารถส่งอีเมลถึงผู้รับต่อไปนี้ได้:

    pimchanok.w@truemail.co.th

สาเหตุ: กล่องจดหมายของผู้รับเต็ม พื้นที่จัดเก็บเกินโควตาที่กำหนด
""", orig_msg=full_orig(n, SG, "pimchanok.w@truemail.co.th", "Lumora Thailand: warranty registration",
                        dt(2026, 12, D, 1, 34, 0, "+0700"), "Thank you.\n")))
expect(n, "pimchanok.w@truemail.co.th", "mailboxfull", vendor="true")

n = "th-company-exe-attachment-policy.eml"
d = dt(2026, 12, D, 3, 5, 0, "+0700")
write(OUT, n, pf(n, sender="firmware@" + BRAND, date=d, osubj="Firmware updater for LX-500 (dealer copy)",
    odate=dt(2026, 12, D, 3, 4, 0, "+0700"),
    recips=[{"final": "it@bangkok-appliance.example", "status": "5.7.1", "remote": "mx.bangkok-appliance.example",
             "diag": "550 5.7.1 Message rejected: executable attachments (.exe, .scr) are not permitted by company policy"}],
    lines="<it@bangkok-appliance.example>: host mx.bangkok-appliance.example[198.51.100.120]\n"
          "    said: 550 5.7.1 Message rejected: executable attachments (.exe, .scr) are\n"
          "    not permitted by company policy (in reply to end of DATA command)\n"))
expect(n, "it@bangkok-appliance.example", "policyviolation", status="5.7.1", reply="550", vendor="")

n = "th-company-starttls-required.eml"
d = dt(2026, 12, D, 3, 15, 0, "+0700")
write(OUT, n, pf(n, sender=SG, date=d, osubj="Dealer meeting minutes", odate=dt(2026, 12, D, 3, 14, 0, "+0700"),
    recips=[{"final": "director@chiangmai-av.example", "status": "5.7.0", "remote": "mx.chiangmai-av.example",
             "diag": "530 5.7.0 Must issue a STARTTLS command first"}],
    lines="<director@chiangmai-av.example>: host mx.chiangmai-av.example[198.51.100.121]\n"
          "    said: 530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM\n"
          "    command)\n"))
expect(n, "director@chiangmai-av.example", "failedstarttls", status="5.7.0", reply="530", vendor="")

n = "vacation-th-out-of-office-utf8.eml"
d = dt(2026, 12, D, 9, 10, 0, "+0700")
write(OUT, n, auto_reply(n, frm="Nattapong R. <nattapong@bangkok-appliance.example>", to=SG,
    subject="ตอบกลับอัตโนมัติ: Dealer meeting minutes", date=d, host="mail.bangkok-appliance.example", charset="utf-8",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="ขอบคุณสำหรับอีเมลของท่าน ขณะนี้ผมลาพักร้อนถึงวันที่ 9 ธันวาคม\nกรณีเร่งด่วนติดต่อ sales@bangkok-appliance.example\n"))
expect(n, "nattapong@bangkok-appliance.example", "vacation", action="", vendor="")

# ================================================================ more of the night

n = "kr-company-retired-disabled-and-unknown.eml"
d = dt(2026, 12, D, 10, 50, 0, "+0900")
write(OUT, n, pf(n, sender=KR, date=d, osubj="대리점 계약 갱신 안내", odate=dt(2026, 12, D, 10, 49, 0, "+0900"),
    recips=[{"final": "former.manager@incheon-av.example", "status": "5.2.1", "remote": "mail.incheon-av.example",
             "diag": "550 5.2.1 <former.manager@incheon-av.example>: mailbox is disabled by the administrator (retired employee)"},
            {"final": "sales2@incheon-av.example", "status": "5.1.1", "remote": "mail.incheon-av.example",
             "diag": "550 5.1.1 <sales2@incheon-av.example>: no such user in this domain"}],
    lines="<former.manager@incheon-av.example>: host mail.incheon-av.example[198.51.100.30]\n"
          "    said: 550 5.2.1 <former.manager@incheon-av.example>: mailbox is disabled by\n"
          "    the administrator (retired employee) (in reply to RCPT TO command)\n\n"
          "<sales2@incheon-av.example>: host mail.incheon-av.example[198.51.100.30] said:\n"
          "    550 5.1.1 <sales2@incheon-av.example>: no such user in this domain (in\n"
          "    reply to RCPT TO command)\n"))
expect(n, "former.manager@incheon-av.example", "suspend", status="5.2.1", reply="550", vendor="")
expect(n, "sales2@incheon-av.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="")

n = "hk-company-dmarc-reject.eml"
d = dt(2026, 12, D, 3, 50, 0, "+0800")
write(OUT, n, pf(n, sender="offers@" + BRAND, date=d, osubj="Exclusive Lumora dealer pricing", odate=dt(2026, 12, D, 3, 49, 0, "+0800"),
    recips=[{"final": "buyer@tsimshatsui-digital.example", "status": "5.7.1", "remote": "mx.tsimshatsui-digital.example",
             "diag": "550 5.7.1 Rejected: DMARC policy of lumora-electronics.example is reject and the message failed alignment"}],
    lines="<buyer@tsimshatsui-digital.example>: host\n"
          "    mx.tsimshatsui-digital.example[198.51.100.140] said: 550 5.7.1 Rejected:\n"
          "    DMARC policy of lumora-electronics.example is reject and the message failed\n"
          "    alignment (in reply to end of DATA command)\n"))
expect(n, "buyer@tsimshatsui-digital.example", "authfailure", status="5.7.1", reply="550", vendor="")

n = "sg-company-message-count-limit.eml"
d = dt(2026, 12, D, 2, 50, 0, "+0800")
write(OUT, n, pf(n, sender=SG, date=d, osubj="Service appointment reminder", odate=dt(2026, 12, D, 2, 49, 0, "+0800"),
    recips=[{"final": "frontdesk@jurong-repairs.example", "status": "5.2.2", "remote": "mail.jurong-repairs.example",
             "diag": "552 5.2.2 frontdesk: mailbox holds the maximum of 50000 messages allowed, delete some first"}],
    lines="<frontdesk@jurong-repairs.example>: host mail.jurong-repairs.example[198.51.100.150]\n"
          "    said: 552 5.2.2 frontdesk: mailbox holds the maximum of 50000 messages\n"
          "    allowed, delete some first (in reply to RCPT TO command)\n"))
expect(n, "frontdesk@jurong-repairs.example", "mailboxfull", status="5.2.2", reply="552", vendor="")

n = "tw-company-recipients-per-hour-delayed.eml"
d = dt(2026, 12, D, 3, 0, 0, "+0800")
write(OUT, n, pf(n, sender=NEWS, date=d, delay=2, osubj="Lumora 雙12 限時優惠", odate=dt(2026, 12, D, 0, 55, 0, "+0800"),
    recips=[{"final": "all-staff@taichung-mfg.example", "status": "4.5.3", "remote": "mail.taichung-mfg.example",
             "diag": "452 4.5.3 Too many recipients from your host this hour; please retry later"}],
    lines="<all-staff@taichung-mfg.example>: host mail.taichung-mfg.example[198.51.100.160]\n"
          "    said: 452 4.5.3 Too many recipients from your host this hour; please retry\n"
          "    later (in reply to RCPT TO command)\n"))
expect(n, "all-staff@taichung-mfg.example", "ratelimited", status="4.5.3", reply="452", action="delayed", vendor="")

n = "my-company-not-configured-to-relay.eml"
d = dt(2026, 12, D, 1, 5, 0, "+0800")
write(OUT, n, pf(n, sender=SG, date=d, osubj="Lumora Malaysia: dealer onboarding", odate=dt(2026, 12, D, 1, 4, 0, "+0800"),
    recips=[{"final": "admin@kl-smartliving.example", "status": "5.7.1", "remote": "mx.kl-smartliving.example",
             "diag": "550 5.7.1 This server is not configured to relay mail for kl-smartliving.example"}],
    lines="<admin@kl-smartliving.example>: host mx.kl-smartliving.example[198.51.100.170]\n"
          "    said: 550 5.7.1 This server is not configured to relay mail for\n"
          "    kl-smartliving.example (in reply to RCPT TO command)\n"))
expect(n, "admin@kl-smartliving.example", "norelaying", status="5.7.1", reply="550", vendor="")

n = "naver-notice-rejected-as-spam-euckr.eml"
d = dt(2026, 12, D, 5, 40, 0, "+0900")
write(OUT, n, notice(n, host="mailer.naver.com", frm="Naver Mailer <mailer-daemon@naver.com>", to=NEWS,
    subject="메일 발송 실패 안내", subj_charset="euc-kr", date=d, charset="euc-kr", cte="base64",
    text="""안녕하세요. 네이버 메일입니다.

보내신 메일이 아래 받는 사람에게 전달되지 못했습니다.

  받는 사람 : taeyang.moon@naver.com
  실패 사유 : 메일 내용이 스팸으로 판정되어 수신이 거부되었습니다.

이 메일은 발신 전용입니다.
""", orig_msg=full_orig(n, NEWS, "taeyang.moon@naver.com", "Lumora 연말 특가 (광고)", dt(2026, 12, D, 5, 39, 0, "+0900"),
                        "연말 특가 안내입니다.\n")))
expect(n, "taeyang.moon@naver.com", "spamdetected", vendor="naver")

n = "hinet-notice-message-too-big-big5.eml"
d = dt(2026, 12, D, 2, 40, 0, "+0800")
write(OUT, n, notice(n, host="msr.hinet.net", frm="HiNet Mail System <MAILER-DAEMON@msa.hinet.net>", to=TW,
    subject="退信通知：郵件無法送達", subj_charset="big5", date=d, charset="big5", cte="base64",
    text="""您好：

這是 HiNet 郵件系統自動產生的通知，請勿直接回覆。

您寄出的郵件無法送達下列收件者：

    yang.store@ms31.hinet.net

原因：郵件大小超過系統可接受的上限（單封 20MB），請壓縮附件或分次寄送。
""", orig_msg=full_orig(n, TW, "yang.store@ms31.hinet.net", "經銷商海報檔案", dt(2026, 12, D, 2, 39, 0, "+0800"),
                        "附件為海報原始檔。\n", charset="big5")))
expect(n, "yang.store@ms31.hinet.net", "emailtoolarge", vendor="hinet")

n = "hk-company-sender-on-recipient-blocklist.eml"
d = dt(2026, 12, D, 4, 20, 0, "+0800")
write(OUT, n, pf(n, sender=NEWS, date=d, osubj="Lumora HK members' night", odate=dt(2026, 12, D, 4, 19, 0, "+0800"),
    recips=[{"final": "michael.ho@causeway-media.example", "status": "5.7.1", "remote": "mx.causeway-media.example",
             "diag": "550 5.7.1 <michael.ho@causeway-media.example>: the recipient has added your address to his personal blocked senders list"}],
    lines="<michael.ho@causeway-media.example>: host mx.causeway-media.example[198.51.100.180]\n"
          "    said: 550 5.7.1 <michael.ho@causeway-media.example>: the recipient has added\n"
          "    your address to his personal blocked senders list (in reply to RCPT TO\n"
          "    command)\n"))
expect(n, "michael.ho@causeway-media.example", "filtered", status="5.7.1", reply="550", vendor="")

n = "sg-company-disk-full-delayed.eml"
d = dt(2026, 12, D, 5, 0, 0, "+0800")
write(OUT, n, pf(n, sender=SG, date=d, delay=4, osubj="Your Lumora warranty is now active", odate=dt(2026, 12, D, 0, 58, 0, "+0800"),
    recips=[{"final": "info@tampines-electrical.example", "status": "4.3.1", "remote": "mail.tampines-electrical.example",
             "diag": "452 4.3.1 Insufficient system storage: spool partition on the server is full"}],
    lines="<info@tampines-electrical.example>: host\n"
          "    mail.tampines-electrical.example[198.51.100.190] said: 452 4.3.1\n"
          "    Insufficient system storage: spool partition on the server is full (in\n"
          "    reply to MAIL FROM command)\n"))
expect(n, "info@tampines-electrical.example", "systemfull", status="4.3.1", reply="452", action="delayed", vendor="")

# ================================================================ near-misses (no record)

n = "nb-naver-new-login-alert-ko.eml"
write(NB, n, ordinary(n, frm="NAVER <navercorp@navercorp.com>", to="jiyeon.han@naver.com", host="navercorp.com",
    subject="[네이버] 새로운 환경에서 로그인되었습니다", subj_charset="utf-8", date=dt(2026, 12, D, 2, 0, 0, "+0900"),
    charset="utf-8", cte="base64", text="""회원님의 네이버 계정에 새로운 환경에서 로그인되었습니다.

일시 : 2026-12-03 01:58
지역 : 대한민국
기기 : Windows PC

본인이 아닌 경우 비밀번호를 변경하고 2단계 인증을 설정해 주세요.
이 메일은 발신 전용입니다.
"""))

n = "nb-daum-dormant-account-advance-notice-euckr.eml"
write(NB, n, ordinary(n, frm="Daum <noreply@daum.net>", to="oldfriend.choi@hanmail.net", host="daum.net",
    subject="[Daum] 휴면 계정 전환 예정 안내", subj_charset="euc-kr", date=dt(2026, 12, D, 9, 0, 0, "+0900"),
    charset="euc-kr", cte="base64", text="""고객님, 안녕하세요.

고객님의 계정은 1년 이상 로그인 기록이 없어 30일 후 휴면 계정으로 전환될 예정입니다.
휴면 계정으로 전환되면 메일 수신이 제한됩니다.

계속 이용하시려면 기한 내에 한 번 로그인해 주세요.
"""))

n = "nb-hinet-quota-90-percent-big5.eml"
write(NB, n, ordinary(n, frm="HiNet Service <service@hinet.net>", to="chenmeiling@ms45.hinet.net", host="hinet.net",
    subject="HiNet 信箱容量提醒", subj_charset="big5", date=dt(2026, 12, D, 8, 0, 0, "+0800"),
    charset="big5", cte="base64", text="""親愛的用戶您好：

您的 HiNet 信箱目前已使用 92% 的容量。信箱額滿後將無法接收新郵件，
建議您儘快刪除不需要的郵件或下載至電腦保存。

中華電信 HiNet 敬啟
"""))

n = "nb-customer-reply-parcel-returned-zh-tw.eml"
write(NB, n, ordinary(n, frm=enc_header("張雅婷", "utf-8") + " <yating.chang@gmail.com>", to=TW, host="gmail.com",
    subject="Re: 維修進度通知", subj_charset="utf-8", date=dt(2026, 12, D, 12, 0, 0, "+0800"),
    charset="utf-8", cte="base64", extra=[("In-Reply-To", mid("hinet-connect-refused-delayed.emlo", "tw." + BRAND))],
    text="""您好，

物流通知說包裹無法投遞，已退回寄件人，因為地址少寫了樓層。
正確地址是台北市信義區松仁路 100 號 12 樓，麻煩再寄一次，謝謝。

張雅婷

> 您的維修單已完成檢測。
"""))

n = "nb-customer-reply-ko-mail-bounced-question.eml"
write(NB, n, ordinary(n, frm=enc_header("이수진", "euc-kr") + " <sujin.lee@example.co.kr>", to=KR, host="example.co.kr",
    subject="Re: [루모라] 배송이 시작되었습니다", subj_charset="euc-kr", date=dt(2026, 12, D, 13, 0, 0, "+0900"),
    charset="euc-kr", cte="base64", text="""안녕하세요.

제 남편 메일 주소로 보내신 안내 메일이 반송되었다고 들었는데,
주소를 바꿨으니 이 주소로 보내 주세요.

그리고 배송 예정일도 알려 주시면 감사하겠습니다.

이수진 드림
"""))

n = "nb-singnet-maintenance-notice.eml"
write(NB, n, ordinary(n, frm="Singtel <noreply@singtel.com>", to="tanahkow@singnet.com.sg", host="singtel.com",
    subject="Scheduled maintenance: SingNet mail service, 6 Dec 2026", date=dt(2026, 12, D, 10, 0, 0, "+0800"),
    text="""Dear customer,

We will upgrade the SingNet mail servers on Sunday 6 Dec 2026, 2am to 5am.
During this window, mail sent to you may be delayed; it will be delivered
once the work is done. No mail will be lost and you need not do anything.

Thank you for your patience.
Singtel
"""))

n = "nb-true-marketing-thai.eml"
write(NB, n, ordinary(n, frm="TrueMove H <promotion@truecorp.co.th>", to="pimchanok.w@truemail.co.th", host="truecorp.co.th",
    subject="โปรโมชั่นพิเศษ ธันวาคมนี้เท่านั้น", subj_charset="utf-8", date=dt(2026, 12, D, 11, 0, 0, "+0700"),
    charset="utf-8", cte="base64", extra=[("List-Unsubscribe", "<mailto:unsubscribe@truecorp.co.th>"), ("Precedence", "bulk")],
    text="""สวัสดีค่ะ

รับส่วนลด 50% สำหรับแพ็กเกจเน็ตบ้าน เมื่อสมัครภายในวันที่ 31 ธันวาคม
ส่งไม่ถึงมือ? ไม่ต้องห่วง เราจัดส่งเราเตอร์ให้ฟรีถึงบ้าน

หากไม่ต้องการรับอีเมลนี้ กดยกเลิกการรับข่าวสารได้ที่ท้ายอีเมล
"""))

n = "nb-spam-fake-quota-bounce-indonesian.eml"
write(NB, n, ordinary(n, frm="Administrator Email <admin-mailbox@verify-kotak.example>", to="budi.santoso@telkom.co.id",
    host="verify-kotak.example", ip="198.51.100.66",
    subject="Pemberitahuan: 7 pesan masuk gagal terkirim ke kotak surat Anda", date=dt(2026, 12, D, 3, 3, 0, "+0700"),
    text="""Yth. Pengguna budi.santoso@telkom.co.id,

Kotak surat Anda hampir penuh dan 7 pesan masuk tertahan di server.
Klik tautan di bawah ini dalam 24 jam untuk melepaskan pesan Anda
dan meningkatkan kuota secara gratis:

http://verify-kotak.example/lepas-pesan

Tim Administrator Email
"""))

n = "nb-vn-helpdesk-ticket-received.eml"
write(NB, n, ordinary(n, frm=enc_header("Hỗ trợ FPT", "utf-8") + " <hotro@fpt.example>", to="partner@vn." + BRAND, host="fpt.example",
    subject="[Ticket #558812] Đã tiếp nhận yêu cầu: thư gửi không đến", subj_charset="utf-8",
    date=dt(2026, 12, D, 9, 0, 0, "+0700"), charset="utf-8", cte="quoted-printable",
    text="""Kính gửi quý khách,

Chúng tôi đã tiếp nhận yêu cầu hỗ trợ số #558812 về việc thư gửi không đến.
Kỹ thuật viên sẽ liên hệ trong vòng 4 giờ làm việc.

Trân trọng,
Bộ phận Hỗ trợ
"""))

n = "nb-hk-newsletter-yahoo-digest.eml"
write(NB, n, ordinary(n, frm="Yahoo Hong Kong <newsletter@yahoo-hk-news.example>", to="candy_wong@yahoo.com.hk",
    host="yahoo-hk-news.example", subject="今日焦點：本港網購退貨潮", subj_charset="utf-8",
    date=dt(2026, 12, D, 7, 0, 0, "+0800"), charset="utf-8", cte="base64",
    extra=[("List-Unsubscribe", "<mailto:leave@yahoo-hk-news.example>"), ("Precedence", "bulk")],
    text="""今日焦點

1. 雙十二前夕網購退貨潮：速遞公司指大量包裹無法投遞
2. 電郵帳戶被盜？專家教你設定兩步驗證
3. 天氣：明日天晴乾燥，最高氣溫 22 度
"""))

n = "nb-malay-customer-mentions-leave.eml"
write(NB, n, ordinary(n, frm="Lee Chong Wei <lcw.family@gmail.com>", to=SG, host="gmail.com",
    subject="Re: Lumora Malaysia: registration received", date=dt(2026, 12, D, 14, 0, 0, "+0800"),
    text="""Hi,

Terima kasih. Saya akan bercuti minggu depan, jadi tolong hantar
penghantaran selepas 14 Disember. Akaun TM saya sudah ditutup, please
use this gmail address from now on.

Regards,
Lee
"""))

n = "nb-exchange-ko-read-receipt.eml"
nb_b = boundary(n)
write(NB, n, mail([hop(n, "mx." + BRAND, "Postfix", dt(2026, 12, D, 10, 20, 0, "+0900"), "KRSEL-EX02.hanbit-parts.example", "192.0.2.88"),
    ("Date", dt(2026, 12, D, 10, 20, 0, "+0900")), ("From", "jw.song2@hanbit-parts.example"), ("To", KR),
    ("Subject", enc_header("읽음: 1분기 부품 발주 확인", "utf-8")), ("Message-ID", mid(n, "hanbit-parts.example"))],
    multipart("report", [text_part("받는 사람: jw.song2@hanbit-parts.example\n제목: 1분기 부품 발주 확인\n\n"
                                   "2026-12-03 오전 10:20에 읽었습니다.\n", "utf-8", "base64"),
                         part("message/disposition-notification",
                              "Reporting-UA: KRSEL-EX02.hanbit-parts.example; Microsoft Exchange Server\n"
                              "Final-Recipient: rfc822; jw.song2@hanbit-parts.example\n"
                              "Original-Message-ID: " + mid(n + "o", "kr." + BRAND) + "\n"
                              "Disposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
              nb_b, " report-type=disposition-notification;")))

write_expected(os.path.join(OUT, "expected.jsonl"))
