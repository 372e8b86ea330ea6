#!/usr/bin/env python3
"""Writes testdata/unseen/batch-57: the bounce mailbox of a Japanese
mail-order shop (a second take): mobile carriers (docomo, au/KDDI, SoftBank,
Rakuten Mobile, Y!mobile), ISPs (Biglobe, @nifty, OCN, So-net, plala,
eonet, Yahoo! JAPAN), Gmail/iCloud users and Japanese companies (HDE,
Active! mail, Exchange, CYBERMAIL, Postfix/Sendmail with Japanese texts) in
ISO-2022-JP, Shift_JIS and UTF-8; plus near-misses in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch57.py [DIR]"""
import base64
import hashlib
import os
import sys
import textwrap

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from samplelib import (boundary, delivery_status, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SHOP = "kotobuki-cha.example"
RELAY = "mail." + SHOP
RELAY_IP = "192.0.2.25"
SENDER = "order@" + SHOP


def jtext(text, charset):
    """A text/plain part in a Japanese charset: ISO-2022-JP stays 7bit,
    Shift_JIS and UTF-8 go base64 (or quoted-printable when asked)."""
    cs = charset.lower()
    if cs == "iso-2022-jp":
        return part(f"text/plain; charset={charset}", text.encode("iso-2022-jp").decode("ascii"), "7bit")
    if cs.endswith("qp"):
        return text_part(text, charset[:-3], "quoted-printable")
    return text_part(text, charset, "base64")


def jsubj(text, charset="iso-2022-jp"):
    """An RFC 2047 B-encoded header in the given charset, named as mailers write it."""
    label = {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8"}[charset]
    return "=?%s?B?%s?=" % (label, base64.b64encode(text.encode(charset)).decode())


def qid(name, n=11):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


ORDER_SUBJ = "【寿茶舗】ご注文ありがとうございます（注文番号 {}）"


def order_subj(name):
    return ORDER_SUBJ.format(20260000 + int(qid(name, 4), 16) % 9999)


def orig(name, rcpts, date, subj=None):
    s = subj or order_subj(name)
    return orig_headers(SENDER, ", ".join(rcpts), jsubj(s), date, mid(name + "o", SHOP))


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

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, date, odate, recips, text_tail, delay=False, ja_lead=""):
    """A Postfix DSN from the shop's relay. recips: dicts for delivery_status."""
    host = RELAY
    hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "Postfix", "4" + qid(name), date)])
    head = (PF_DELAY if delay else PF_HEAD).format(host=host)
    subject = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    body = head + text_tail
    bnd = boundary(name)
    # A Japanese lead line before Postfix's English text makes the part ISO-2022-JP.
    parts = [jtext(ja_lead + "\n" + body, "iso-2022-jp")] if ja_lead else [text_part(body)]
    parts.append(delivery_status(host, recips, odate))
    parts.append(part("text/rfc822-headers", orig(name, [r["final"] for r in recips], odate), cte=None))
    heads = [hops, ("Date", date), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"), ("To", SENDER),
             ("Subject", subject), ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-replied")]
    return mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;"))


def r(final, status, diag=None, remote=None, action="failed", last=None):
    d = {"final": final, "status": status, "action": action}
    if remote:
        d["remote"] = remote
    if diag:
        d["diag"] = diag
    if last:
        d["last"] = last
    return d


def sm(name, date, odate, recips, transcript, host=None, delay=False, subject=None):
    """A Sendmail 8 DSN from a relay (default the shop's)."""
    host = host or RELAY
    q = qid(name, 14)
    hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "8.17.2/8.17.2", q, date)])
    if delay:
        lead = f"""The original message was received at {odate}
from {RELAY} [{RELAY_IP}]

   ----- Transcript of session follows -----
{transcript}
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
    else:
        lead = f"""The original message was received at {odate}
from {RELAY} [{RELAY_IP}]

   ----- The following addresses had permanent fatal errors -----
{chr(10).join('<' + x['final'] + '>' for x in recips)}
    (reason: {recips[0].get("diag") or "unknown"})

   ----- Transcript of session follows -----
{transcript}
"""
    subject = subject or ("Warning: could not send message for past 4 hours" if delay else "Returned mail: see transcript for details")
    parts = [text_part(lead), delivery_status(host, recips, odate),
             part("text/rfc822-headers", orig(name, [x["final"] for x in recips], odate), cte=None)]
    heads = [hops, ("Date", date), ("From", f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"), ("To", f"<{SENDER}>"),
             ("Subject", subject), ("Message-ID", f"<{dt_id(date)}.{q}@{host}>"), ("Auto-Submitted", "auto-generated (failure)")]
    return mail(heads, multipart("report", parts, boundary(name), " report-type=delivery-status;"))


def dt_id(date):
    return hashlib.md5(date.encode()).hexdigest()[:12]


def notice(name, *, frm, host, date, subject, text, charset="iso-2022-jp", to=SENDER, extra=(), returned=None, auto="auto-replied", ip="203.0.113.10"):
    """A plain-text (or text + returned message) notice in Japanese."""
    hops = "Return-Path: <>\n" + received([(host, ip, RELAY, "Postfix", "4" + qid(name + "in"), date, to)])
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", auto))
    if returned is None:
        return mail(heads, jtext(text, charset))
    parts = [jtext(text, charset), part("message/rfc822", returned, cte=None)]
    return mail(heads, multipart("mixed", parts, boundary(name)))


def returned_msg(name, rcpt, odate, body="ご注文いただきありがとうございます。\n"):
    return orig(name, [rcpt], odate) .replace("charset=utf-8", "charset=ISO-2022-JP") + "Content-Transfer-Encoding: 7bit\n\n" + body.encode("iso-2022-jp").decode("ascii")


def pf_line(addr, host, ip, reply, cmd="RCPT TO"):
    """Postfix's per-recipient line, folded at 76 columns as Postfix does."""
    line = f"<{addr}>: host {host}[{ip}] said: {reply} (in reply to {cmd} command)"
    return textwrap.fill(line, 76, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False) + "\n"


D = dt  # short


# =============================================================== docomo
n = "b57-docomo-rcpt-550-unknown-user.eml"
a = "sakura.mochi-0417@docomo.ne.jp"
write(OUT, n, pf(n, D(2026, 11, 2, 10, 14, 3, "+0900"), D(2026, 11, 2, 10, 14, 1, "+0900"),
    [r(a, "5.0.0", f"550 Unknown user {a}", "mfsmax.docomo.ne.jp")],
    pf_line(a, "mfsmax.docomo.ne.jp", "203.0.113.31", f"550 Unknown user {a}")))
expect(n, a, "userunknown", True, "5.0.0", "550", vendor="docomo")

n = "b57-docomo-domain-designated-reception.eml"
a = "k-tanaka.0822@docomo.ne.jp"
write(OUT, n, pf(n, D(2026, 11, 3, 19, 2, 44, "+0900"), D(2026, 11, 3, 19, 2, 40, "+0900"),
    [r(a, "5.7.1", "550 5.7.1 Rejected: the recipient accepts mail only from domains on the recipient's designated reception list", "mfsmax.docomo.ne.jp")],
    pf_line(a, "mfsmax.docomo.ne.jp", "203.0.113.32", "550 5.7.1 Rejected: the recipient accepts mail only from domains on the recipient's designated reception list", "end of DATA")))
expect(n, a, "filtered", False, "5.7.1", "550", vendor="docomo")

n = "b57-docomo-mailbox-full-delayed.eml"
a = "ayumi_h.1120@docomo.ne.jp"
write(OUT, n, pf(n, D(2026, 11, 4, 15, 30, 0, "+0900"), D(2026, 11, 4, 11, 20, 7, "+0900"),
    [r(a, "4.2.2", "452 4.2.2 Mailbox full, try again later", "mfsmax.docomo.ne.jp", "delayed")],
    f"<{a}>: host mfsmax.docomo.ne.jp[203.0.113.33] said: 452 4.2.2\n    Mailbox full, try again later (in reply to RCPT TO command)\n", delay=True))
expect(n, a, "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="docomo")

n = "b57-docomo-contract-suspended.eml"
a = "m.ishikawa-77@docomo.ne.jp"
diag = "550 5.2.1 Mailbox unavailable: the mobile service contract for this address is suspended"
write(OUT, n, pf(n, D(2026, 11, 5, 8, 44, 12, "+0900"), D(2026, 11, 5, 8, 44, 9, "+0900"),
    [r(a, "5.2.1", diag, "mfsmax.docomo.ne.jp")], pf_line(a, "mfsmax.docomo.ne.jp", "203.0.113.34", diag)))
expect(n, a, "suspend", False, "5.2.1", "550", vendor="docomo")

n = "b57-docomo-bad-address-syntax.eml"
a = "yuki..chan.@docomo.ne.jp"
diag = "501 5.1.3 Bad recipient address syntax"
write(OUT, n, pf(n, D(2026, 11, 6, 12, 0, 55, "+0900"), D(2026, 11, 6, 12, 0, 53, "+0900"),
    [r('"yuki..chan."@docomo.ne.jp', "5.1.3", diag, "mfsmax.docomo.ne.jp")],
    pf_line('"yuki..chan."@docomo.ne.jp', "mfsmax.docomo.ne.jp", "203.0.113.31", diag)))
expect(n, '"yuki..chan."@docomo.ne.jp', "syntaxerror", False, "5.1.3", "501", vendor="docomo")

# =============================================================== au / KDDI
n = "b57-ezweb-sendmail-user-unknown.eml"
a = "taku-ya.1999@ezweb.ne.jp"
write(OUT, n, sm(n, D(2026, 11, 7, 21, 5, 31, "+0900"), D(2026, 11, 7, 21, 5, 28, "+0900"),
    [r(a, "5.1.1", f"550 5.1.1 <{a}>... User unknown", "lsean.ezweb.ne.jp")],
    f"... while talking to lsean.ezweb.ne.jp.:\n>>> RCPT To:<{a}>\n<<< 550 5.1.1 <{a}>... User unknown\n550 5.1.1 <{a}>... User unknown"))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="au")

n = "b57-au-com-jushin-kyohi-iso2022.eml"
a = "nanami.o-0305@au.com"
text = f"""このメッセージはKDDIのメールサーバから自動で送信されています。

お送りいただいたメールは、受信者が設定している受信拒否設定（指定受信・
なりすまし規制）により受信が拒否されたため、配信できませんでした。

宛先: {a}
エラー: 550 5.7.1 受信者の設定によりメールの受信が拒否されました

受信者の方に、ドメイン「{SHOP}」を受信リストに登録いただくよう
お伝えください。
"""
write(OUT, n, notice(n, frm="MAILER-DAEMON@mx.au.com", host="mx.au.com", date=D(2026, 11, 8, 9, 12, 0, "+0900"),
    subject=jsubj("メール配信エラーのお知らせ"), text=text, returned=returned_msg(n, a, D(2026, 11, 8, 9, 11, 57, "+0900"))))
expect(n, a, "filtered", False, "5.7.1", "550", vendor="au")

n = "b57-au-com-mailbox-full-sjis.eml"
a = "shiho-m0601@au.com"
text = f"""送信されたメールは、以下の宛先に配信できませんでした。

宛先アドレス : {a}
理由         : 受信者のメールボックスの容量が一杯のため、メールを保存できません。
               （552 5.2.2 Mailbox full）

受信者の方がメールを削除されるまで、配信はできません。
お手数ですが、時間をおいて再度送信してください。

KDDI株式会社 auメールサービス
"""
write(OUT, n, notice(n, frm="MAILER-DAEMON@mx.au.com", host="mx.au.com", date=D(2026, 11, 9, 13, 40, 2, "+0900"),
    subject=jsubj("配信エラー", "shift_jis"), text=text, charset="shift_jis"))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="au")

n = "b57-kddi-ip-listed-554.eml"
a = "h.kimura-r@au.com"
diag = "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked: listed on the KDDI reject list for unsolicited bulk mail sources"
write(OUT, n, pf(n, D(2026, 11, 10, 17, 3, 9, "+0900"), D(2026, 11, 10, 17, 3, 6, "+0900"),
    [r(a, "5.7.1", diag, "mx.au.com")], pf_line(a, "mx.au.com", "203.0.113.41", diag, "MAIL FROM")))
expect(n, a, "blocked", False, "5.7.1", "554", vendor="au")

# =============================================================== SoftBank
n = "b57-isoftbank-rcpt-unknown.eml"
a = "ren.aoki-88@i.softbank.jp"
diag = f"550 5.1.1 <{a}>: Recipient address rejected: no such user here"
write(OUT, n, pf(n, D(2026, 11, 11, 20, 21, 1, "+0900"), D(2026, 11, 11, 20, 20, 58, "+0900"),
    [r(a, "5.1.1", diag, "mx.i.softbank.jp")], pf_line(a, "mx.i.softbank.jp", "203.0.113.51", diag)))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="softbank")

n = "b57-softbank-ne-meiwaku-setting-utf8.eml"
a = "kaito-s.1010@softbank.ne.jp"
text = f"""このメールはソフトバンクのメールシステムから自動送信しています。

以下のあて先へのメールは、受信者の迷惑メールブロック設定
（受信許可リスト以外のメールを拒否する設定）によりお届けできませんでした。

  あて先: {a}
  結果  : 受信拒否（550 5.7.1 Rejected by recipient's filter setting）

送信者様の設定に問題はありません。受信者様へ別の方法でご連絡ください。
"""
write(OUT, n, notice(n, frm="Mail Delivery System <postmaster@softbank.ne.jp>", host="mx.softbank.ne.jp", date=D(2026, 11, 12, 10, 5, 40, "+0900"),
    subject=jsubj("メールをお届けできませんでした", "utf-8"), text=text, charset="utf-8"))
expect(n, a, "filtered", False, "5.7.1", "550", vendor="softbank")

n = "b57-isoftbank-quota-delayed-ja.eml"
a = "mao.f-0214@i.softbank.jp"
ja = """このメールは送信サーバから自動送信されています。
お客様のメールはまだ配信されていません。宛先のメールボックスの容量が
上限に達しているため、再送を続けています。再送信の必要はありません。
"""
write(OUT, n, pf(n, D(2026, 11, 13, 22, 0, 0, "+0900"), D(2026, 11, 13, 17, 48, 10, "+0900"),
    [r(a, "4.2.2", "452 4.2.2 <mao.f-0214@i.softbank.jp>: user quota exceeded", "mx.i.softbank.jp", "delayed")],
    pf_line(a, "mx.i.softbank.jp", "203.0.113.52", "452 4.2.2 <mao.f-0214@i.softbank.jp>: user quota exceeded"), delay=True, ja_lead=ja))
expect(n, a, "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="softbank")

# =============================================================== Rakuten Mobile / Y!mobile
n = "b57-rakumail-recipient-not-found.eml"
a = "yota.n-1212@rakumail.jp"
diag = "550 5.1.1 Recipient not found: no mailbox is registered for this address"
write(OUT, n, pf(n, D(2026, 11, 14, 11, 11, 11, "+0900"), D(2026, 11, 14, 11, 11, 8, "+0900"),
    [r(a, "5.1.1", diag, "mx1.rakumail.jp")], pf_line(a, "mx1.rakumail.jp", "203.0.113.61", diag)))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="rakuten-mobile")

n = "b57-rakumail-rate-delayed.eml"
a = "chihiro.w-55@rakumail.jp"
diag = "421 4.7.0 Too many messages from 192.0.2.25 in a short time, slow down and try later"
write(OUT, n, pf(n, D(2026, 11, 15, 13, 20, 0, "+0900"), D(2026, 11, 15, 9, 2, 0, "+0900"),
    [r(a, "4.7.0", diag, "mx1.rakumail.jp", "delayed")],
    f"<{a}>: host mx1.rakumail.jp[203.0.113.62] refused to talk to me: {diag}\n", delay=True))
expect(n, a, "ratelimited", False, "4.7.0", "421", action="delayed", vendor="rakuten-mobile")

n = "b57-ymobile-atesaki-fumei-iso2022.eml"
a = "riku-y.0909@ymobile.ne.jp"
text = f"""Y!mobileメールサーバからのお知らせです。

以下のメールアドレスは存在しないため、メールを配信できませんでした。
宛先のメールアドレスに誤りがないかご確認ください。

  {a}
  (550 5.1.1 User unknown)

-----
送信日時: 2026年11月16日 18:31
件名: 【寿茶舗】発送のお知らせ
"""
write(OUT, n, notice(n, frm="postmaster@ymobile.ne.jp", host="mx.ymobile.ne.jp", date=D(2026, 11, 16, 18, 31, 20, "+0900"),
    subject=jsubj("[返送] メール配信失敗"), text=text))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="ymobile")

# =============================================================== ISPs
n = "b57-biglobe-unknown-postfix-ja.eml"
a = "noriko.sasaki@biglobe.ne.jp"
ja = """お送りいただいたメールは宛先のメールボックスが見つからないため返送されました。
アドレスをお確かめのうえ、再度お送りください。
"""
diag = f"550 5.1.1 <{a}>: Recipient address rejected: User unknown in local recipient table"
write(OUT, n, pf(n, D(2026, 11, 17, 8, 2, 2, "+0900"), D(2026, 11, 17, 8, 1, 59, "+0900"),
    [r(a, "5.1.1", diag, "mx.biglobe.ne.jp")], pf_line(a, "mx.biglobe.ne.jp", "203.0.113.71", diag), ja_lead=ja))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="biglobe")

n = "b57-biglobe-content-spam.eml"
a = "t-ogawa@mx1.biglobe.ne.jp"
diag = "554 5.7.1 Message rejected: the content of this message was classified as spam"
write(OUT, n, pf(n, D(2026, 11, 18, 14, 22, 0, "+0900"), D(2026, 11, 18, 14, 21, 55, "+0900"),
    [r(a, "5.7.1", diag, "mx.biglobe.ne.jp")], pf_line(a, "mx.biglobe.ne.jp", "203.0.113.72", diag, "end of DATA")))
expect(n, a, "spamdetected", False, "5.7.1", "554", vendor="biglobe")

n = "b57-nifty-youryou-chouka-iso2022.eml"
a = "kazuo-h@nifty.com"
text = f"""@niftyメールシステムからのお知らせ

下記の宛先へのメールは、受信者のメールボックスが容量超過となっているため
配信できませんでした。

  宛先 : {a}
  詳細 : 552 5.2.2 Quota exceeded (mailbox is full)

本メールにお心当たりのない場合は、このまま削除してください。
"""
write(OUT, n, notice(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@nifty.com>", host="mx.nifty.com", date=D(2026, 11, 19, 7, 55, 30, "+0900"),
    subject=jsubj("配送エラー: メールボックス容量超過"), text=text,
    returned=returned_msg(n, a, D(2026, 11, 19, 7, 55, 26, "+0900"))))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="nifty")

n = "b57-nifty-spf-fail.eml"
a = "y.maeda@nifty.com"
diag = "550 5.7.23 Message rejected: SPF check failed for kotobuki-cha.example (192.0.2.25 is not a permitted sender)"
write(OUT, n, pf(n, D(2026, 11, 20, 9, 9, 9, "+0900"), D(2026, 11, 20, 9, 9, 6, "+0900"),
    [r(a, "5.7.23", diag, "mx.nifty.com")], pf_line(a, "mx.nifty.com", "203.0.113.81", diag, "end of DATA")))
expect(n, a, "authfailure", False, "5.7.23", "550", vendor="nifty")

n = "b57-ocn-sendmail-predsn-unknown.eml"
a = "fujiwara-k@ocn.ne.jp"
q = qid(n, 14)
date = D(2026, 11, 21, 16, 40, 2, "+0900")
text = f"""The original message was received at Sat, 21 Nov 2026 16:39:58 +0900
from {RELAY} [{RELAY_IP}]

   ----- Transcript of session follows -----
... while talking to mx.ocn.ne.jp.:
>>> RCPT To:<{a}>
<<< 550 <{a}>... User unknown
550 {a}... User unknown

   ----- Unsent message follows -----
{orig(n, [a], D(2026, 11, 21, 16, 39, 58, "+0900")).replace("charset=utf-8", "charset=ISO-2022-JP")}
"""
write(OUT, n, mail(["Return-Path: <>\n" + received([("localhost", "127.0.0.1", "gw.kotobuki-cha.example", "8.14.4/8.14.4", q, date)]),
    ("Date", date), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@gw.kotobuki-cha.example>"), ("To", SENDER),
    ("Subject", "Returned mail: User unknown"), ("Message-ID", f"<{q}@gw.kotobuki-cha.example>")], text_part(text)))
expect(n, a, "userunknown", True, "", "550", vendor="ocn")

n = "b57-ocn-no-reverse-dns.eml"
a = "m-sato.1965@ocn.ne.jp"
diag = "550 5.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.25]"
write(OUT, n, pf(n, D(2026, 11, 22, 10, 0, 4, "+0900"), D(2026, 11, 22, 10, 0, 1, "+0900"),
    [r(a, "5.7.25", diag, "mx.ocn.ne.jp")], pf_line(a, "mx.ocn.ne.jp", "203.0.113.91", diag)))
expect(n, a, "requireptr", False, "5.7.25", "550", vendor="ocn")

n = "b57-ocn-delay-connection-refused.eml"
a = "ito.family@ocn.ne.jp"
write(OUT, n, pf(n, D(2026, 11, 23, 6, 10, 0, "+0900"), D(2026, 11, 23, 2, 5, 0, "+0900"),
    [r(a, "4.4.1", None, None, "delayed")],
    f"<{a}>: connect to mx.ocn.ne.jp[203.0.113.92]:25: Connection refused\n", delay=True))
expect(n, a, "networkerror", False, "4.4.1", "", action="delayed", vendor="ocn")

n = "b57-sonet-riyou-teishi-utf8.eml"
a = "aya.kondo@so-net.ne.jp"
text = f"""So-netメールサービスです。

次の宛先へのメールはお届けできませんでした。
宛先のアカウントは現在ご利用停止中（サービス一時停止）のため、
メールを受け取ることができません。

宛先: {a}
応答: 550 5.2.1 <{a}>: account suspended
"""
write(OUT, n, notice(n, frm="MAILER-DAEMON@so-net.ne.jp", host="mx.so-net.ne.jp", date=D(2026, 11, 24, 12, 12, 12, "+0900"),
    subject=jsubj("Undelivered Mail / 配信不能のお知らせ", "utf-8"), text=text, charset="utf-8"))
expect(n, a, "suspend", False, "5.2.1", "550", vendor="so-net")

n = "b57-postfix-typo-domain-not-found.eml"
a = "hiroshi.n@so-nett-ne.example"
write(OUT, n, pf(n, D(2026, 11, 25, 15, 15, 0, "+0900"), D(2026, 11, 25, 15, 14, 58, "+0900"),
    [r(a, "5.4.4", "X-Postfix; Host or domain name not found. Name service error for name=so-nett-ne.example type=AAAA: Host not found")],
    f"<{a}>: Host or domain name not found. Name service error for\n    name=so-nett-ne.example type=AAAA: Host not found\n"))
expect(n, a, "hostunknown", True, "5.4.4", "", vendor="postfix")

n = "b57-plala-atesaki-nashi-utf8.eml"
a = "sumire-k@plala.or.jp"
text = f"""ぷららメールシステムからのお知らせです。

お送りいただいたメールは、次の理由により相手先に届きませんでした。

  宛先    : {a}
  理由    : 指定された宛先のユーザーは当システムに登録されていません。
  応答内容: 550 5.1.1 mailbox does not exist

宛先のメールアドレスをご確認のうえ、再送信してください。
"""
write(OUT, n, notice(n, frm="postmaster@plala.or.jp", host="mx.plala.or.jp", date=D(2026, 11, 26, 9, 40, 0, "+0900"),
    subject=jsubj("配信できなかったメールのお知らせ", "utf-8"), text=text, charset="utf-8",
    returned=returned_msg(n, a, D(2026, 11, 26, 9, 39, 57, "+0900"))))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="plala")

n = "b57-plala-virus-found.eml"
a = "okada.t@plala.or.jp"
diag = "554 5.7.0 Message refused: virus Trojan.PDF.Phish-221 found in attachment"
write(OUT, n, pf(n, D(2026, 11, 27, 18, 5, 5, "+0900"), D(2026, 11, 27, 18, 5, 1, "+0900"),
    [r(a, "5.7.0", diag, "mx.plala.or.jp")], pf_line(a, "mx.plala.or.jp", "203.0.113.101", diag, "end of DATA")))
expect(n, a, "virusdetected", False, "5.7.0", "554", vendor="plala")

n = "b57-eonet-quota-552.eml"
a = "kansai.mama@eonet.ne.jp"
diag = f"552 5.2.2 <{a}>: Mailbox quota exceeded"
write(OUT, n, sm(n, D(2026, 11, 28, 11, 2, 0, "+0900"), D(2026, 11, 28, 11, 1, 56, "+0900"),
    [r(a, "5.2.2", diag, "mx.eonet.ne.jp")],
    f"... while talking to mx.eonet.ne.jp.:\n>>> DATA\n<<< {diag}\n554 5.0.0 Service unavailable"))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="eonet")

n = "b57-eonet-gaveup-five-days.eml"
a = "y-nishida@eonet.ne.jp"
write(OUT, n, pf(n, D(2026, 12, 1, 3, 0, 0, "+0900"), D(2026, 11, 26, 2, 58, 0, "+0900"),
    [r(a, "4.4.1", None, None, "failed")],
    f"<{a}>: delivery temporarily suspended: connect to\n    mx.eonet.ne.jp[203.0.113.111]:25: Connection timed out\n\nThe message was in the queue for 5 days and has been returned.\n"))
expect(n, a, "expired", False, "4.4.1", "", vendor="eonet")

n = "b57-yahoojp-mailbox-not-found.eml"
a = "hana_kobayashi2001@yahoo.co.jp"
diag = "550 5.1.1 Requested action not taken: mailbox not found"
write(OUT, n, pf(n, D(2026, 11, 29, 13, 3, 3, "+0900"), D(2026, 11, 29, 13, 3, 0, "+0900"),
    [r(a, "5.1.1", diag, "mx.mail.yahoo.co.jp")], pf_line(a, "mx.mail.yahoo.co.jp", "203.0.113.121", diag)))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="yahoo-japan")

n = "b57-yahoojp-sender-domain-unresolvable.eml"
a = "takeshi_ueno@yahoo.co.jp"
diag = "553 5.1.8 <campaign@news.kotobuki-cha.example>: Sender address rejected: Domain not found"
hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", "news.kotobuki-cha.example", "Postfix", "4" + qid(n), D(2026, 11, 30, 10, 0, 3, "+0900"))])
body = PF_HEAD.format(host="news.kotobuki-cha.example") + pf_line(a, "mx.mail.yahoo.co.jp", "203.0.113.122", diag, "MAIL FROM")
parts = [text_part(body), delivery_status("news.kotobuki-cha.example", [r(a, "5.1.8", diag, "mx.mail.yahoo.co.jp")]),
         part("text/rfc822-headers", orig_headers("campaign@news.kotobuki-cha.example", a, jsubj("【寿茶舗】新茶入荷のご案内"), D(2026, 11, 30, 10, 0, 0, "+0900"), mid(n + "o", SHOP)), cte=None)]
write(OUT, n, mail([hops, ("Date", D(2026, 11, 30, 10, 0, 3, "+0900")), ("From", "MAILER-DAEMON@news.kotobuki-cha.example (Mail Delivery System)"),
    ("To", "campaign@news.kotobuki-cha.example"), ("Subject", "Undelivered Mail Returned to Sender"), ("Message-ID", mid(n, "news.kotobuki-cha.example")),
    ("Auto-Submitted", "auto-replied")], multipart("report", parts, boundary(n), " report-type=delivery-status;")))
expect(n, a, "rejected", False, "5.1.8", "553", vendor="yahoo-japan")

# =============================================================== Gmail / iCloud
n = "b57-gmail-over-quota-delayed.eml"
a = "miyu.tsukamoto@gmail.com"
diag = "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp"
write(OUT, n, pf(n, D(2026, 12, 1, 20, 0, 0, "+0900"), D(2026, 12, 1, 15, 40, 0, "+0900"),
    [r(a, "4.2.2", "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 452-4.2.2 https://support.google.com/mail/?p=OverQuotaTemp", "gmail-smtp-in.l.google.com", "delayed")],
    f"<{a}>: host gmail-smtp-in.l.google.com[198.51.100.27] said:\n    452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n    recipient to 452-4.2.2\n    https://support.google.com/mail/?p=OverQuotaTemp (in reply to RCPT TO command)\n", delay=True))
expect(n, a, "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="gmail")

n = "b57-gmail-5.7.26-unauthenticated.eml"
a = "kenta.oshima.jp@gmail.com"
diag = "550-5.7.26 Unauthenticated email from kotobuki-cha.example is not accepted due to domain's DMARC policy. 550 5.7.26 Please contact the administrator of kotobuki-cha.example domain"
write(OUT, n, pf(n, D(2026, 12, 2, 9, 30, 2, "+0900"), D(2026, 12, 2, 9, 29, 59, "+0900"),
    [r(a, "5.7.26", diag, "gmail-smtp-in.l.google.com")],
    f"<{a}>: host gmail-smtp-in.l.google.com[198.51.100.27] said:\n    550-5.7.26 Unauthenticated email from kotobuki-cha.example is not accepted\n    due to domain's DMARC policy. 550 5.7.26 Please contact the administrator\n    of kotobuki-cha.example domain (in reply to end of DATA command)\n"))
expect(n, a, "authfailure", False, "5.7.26", "550", vendor="gmail")

n = "b57-gmail-account-disabled.eml"
a = "shota.kudo0707@gmail.com"
diag = "550-5.2.1 The email account that you tried to reach is disabled. 550 5.2.1 https://support.google.com/mail/?p=DisabledUser"
write(OUT, n, sm(n, D(2026, 12, 2, 14, 2, 0, "+0900"), D(2026, 12, 2, 14, 1, 55, "+0900"),
    [r(a, "5.2.1", diag, "gmail-smtp-in.l.google.com")],
    f"... while talking to gmail-smtp-in.l.google.com.:\n>>> RCPT To:<{a}>\n<<< 550-5.2.1 The email account that you tried to reach is disabled.\n<<< 550 5.2.1 https://support.google.com/mail/?p=DisabledUser\n550 5.2.1 <{a}>... User unknown"))
expect(n, a, "suspend", False, "5.2.1", "550", vendor="gmail")

n = "b57-icloud-over-quota.eml"
a = "erika.m@icloud.com"
diag = f"552 5.2.2 <{a}>: user is over quota"
write(OUT, n, pf(n, D(2026, 11, 30, 22, 22, 2, "+0900"), D(2026, 11, 30, 22, 21, 58, "+0900"),
    [r(a, "5.2.2", diag, "mx01.mail.icloud.com")], pf_line(a, "mx01.mail.icloud.com", "198.51.100.41", diag)))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="icloud")

n = "b57-icloud-user-does-not-exist.eml"
a = "hiro.nakano.1988@icloud.com"
diag = f"550 5.1.1 <{a}>: user does not exist"
write(OUT, n, pf(n, D(2026, 11, 30, 8, 8, 8, "+0900"), D(2026, 11, 30, 8, 8, 5, "+0900"),
    [r(a, "5.1.1", diag, "mx02.mail.icloud.com")], pf_line(a, "mx02.mail.icloud.com", "198.51.100.42", diag)))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="icloud")

n = "b57-ses-suppression-list.eml"
a = "satomi.inoue@plala.or.jp"
text = f"""An error occurred while trying to deliver the mail to the following recipients:
{a}

The address is on the Amazon SES account-level suppression list of the sender
(reason: BOUNCE, added 2026-10-02). Amazon SES did not attempt delivery.
"""
parts = [text_part(text), delivery_status("a27-33.smtp-out.ap-northeast-1.amazonses.com",
         [r(a, "5.1.1", "Amazon SES did not send the message to this address because it is on the suppression list for your account.")]),
         part("text/rfc822-headers", orig(n, [a], D(2026, 12, 1, 9, 0, 0, "+0900")), cte=None)]
write(OUT, n, mail(["Return-Path: <>\nReceived: from a27-33.smtp-out.ap-northeast-1.amazonses.com (a27-33.smtp-out.ap-northeast-1.amazonses.com [198.51.100.133])\n\tby mail.kotobuki-cha.example (Postfix) with ESMTPS id 4B2C1D09;\n\t" + D(2026, 12, 1, 0, 0, 2),
    ("Date", D(2026, 12, 1, 0, 0, 1)), ("From", "MAILER-DAEMON@amazonses.com"), ("To", SENDER),
    ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", "<0106018f2c3a9b7e-5c1d2e3f-9a8b-4c7d-b6e5-0f1a2b3c4d5e-000000@ap-northeast-1.amazonses.com>"),
    ("Auto-Submitted", "auto-replied")], multipart("report", parts, boundary(n), " report-type=delivery-status;")))
expect(n, a, "suppressed", False, "5.1.1", "", vendor="ses")

# =============================================================== companies: HDE, Active! mail, Exchange, CYBERMAIL
n = "b57-hde-atesaki-fumei-utf8.eml"
a = "s.matsumoto@tokai-denki.example"
text = f"""このメールは HDE One メールセキュリティから自動送信されています。

次の宛先にメールを配信できませんでした。

  宛先: {a}
  原因: 宛先のメールアドレスは組織内に存在しません（550 5.1.1 recipient unknown）

宛先アドレスに誤りがないかご確認ください。
"""
write(OUT, n, notice(n, frm="HDE One <no-reply@mail-gw.tokai-denki.example>", host="mail-gw.tokai-denki.example", date=D(2026, 11, 16, 10, 2, 0, "+0900"),
    subject=jsubj("【配信エラー】メールが配信できませんでした", "utf-8"), text=text, charset="utf-8",
    returned=returned_msg(n, a, D(2026, 11, 16, 10, 1, 55, "+0900")), ip="198.51.100.151"))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="hde")

n = "b57-hde-encrypted-zip-policy-utf8.eml"
a = "keiri@naniwa-shoji.example"
text = f"""HDE One メール誤送信対策 / メールセキュリティからのお知らせ

宛先 {a} の組織では、パスワード付きZIPファイルが添付されたメールの
受信を、組織のセキュリティポリシーにより禁止しています。
このメールは受信者に配信されませんでした。

  応答: 550 5.7.1 Message rejected by policy: password-protected archive attachments are not allowed

請求書などは、ダウンロードリンクでの送付をご検討ください。
"""
write(OUT, n, notice(n, frm="HDE One <no-reply@gw.naniwa-shoji.example>", host="gw.naniwa-shoji.example", date=D(2026, 11, 18, 16, 0, 0, "+0900"),
    subject=jsubj("配信エラー: セキュリティポリシー違反", "utf-8"), text=text, charset="utf-8", ip="198.51.100.152"))
expect(n, a, "policyviolation", False, "5.7.1", "550", vendor="hde")

n = "b57-activemail-youryou-iso2022.eml"
a = "sales2@kyoto-washi.example"
text = f"""このメッセージは Active! mail サーバ (mail.kyoto-washi.example) が
自動的に作成したものです。

次のあて先には、メールボックスの空き容量が不足しているため配送できませんでした。

    {a}
        552 5.2.2 メールボックスの容量制限を超えました (over quota)

受信者がメールを整理すると、受信できるようになります。
"""
write(OUT, n, notice(n, frm="Mail Administrator <postmaster@kyoto-washi.example>", host="mail.kyoto-washi.example", date=D(2026, 11, 19, 12, 30, 0, "+0900"),
    subject=jsubj("配送エラー通知"), text=text, returned=returned_msg(n, a, D(2026, 11, 19, 12, 29, 55, "+0900")), ip="198.51.100.153"))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="activemail")


def exch_ja(name, a, status, reply, text, date, delay=False):
    host = "TY2PR01MB3344.jpnprd01.prod.outlook.com"
    diag = f"{reply} {status} {text}"
    recips = [r(a, status, diag, "mail.example-corp.example", "delayed" if delay else "failed")]
    if delay:
        t = f"""配信は遅延しています:
{a}

メッセージの配信は遅延しています。サーバーは引き続き配信を試行します。
このメッセージを再送信する必要はありません。

診断情報:
{diag}
"""
        subject = "配信遅延: " + order_subj(name)
    else:
        t = f"""次の受信者またはグループへの配信に失敗しました:

{a}
{ {'5.1.10': '指定した電子メール アドレスが見つかりませんでした。受信者の電子メール アドレスを確認して、メッセージをもう一度送信してください。', '5.3.4': 'メッセージのサイズが受信者の組織で許可されている上限を超えているため、配信できませんでした。'}[status] }

管理者向けの診断情報:
生成元サーバー: {host}
{a}
リモート サーバーから '{reply} {status} {text}' が返されました
"""
        subject = "配信不能: " + order_subj(name)
    parts = [jtext(t, "utf-8"), delivery_status(host, recips, D(2026, 11, 20, 9, 0, 0, "+0900")),
             part("text/rfc822-headers", orig(name, [a], D(2026, 11, 20, 9, 0, 0, "+0900")), cte=None)]
    hops = "Return-Path: <>\n" + received([(host, "198.51.100.160", RELAY, "Postfix", "4" + qid(name), date)])
    return mail([hops, ("Date", date), ("From", "postmaster@example-corp.example"), ("To", SENDER),
                 ("Subject", jsubj(subject, "utf-8")), ("Message-ID", mid(name, host)),
                 ("Content-Language", "ja-JP"), ("Auto-Submitted", "auto-replied")],
                multipart("report", parts, boundary(name), " report-type=delivery-status;"))


n = "b57-exchange-ja-recipient-not-found.eml"
a = "y.hasegawa@example-corp.example"
write(OUT, n, exch_ja(n, a, "5.1.10", "550", "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", D(2026, 11, 20, 9, 0, 5, "+0900")))
expect(n, a, "userunknown", True, "5.1.10", "550", vendor="exchange")

n = "b57-exchange-ja-size-limit.eml"
a = "somu@example-corp.example"
write(OUT, n, exch_ja(n, a, "5.3.4", "550", "ROUTING.SizeLimit; message size exceeds fixed maximum size for route", D(2026, 11, 20, 9, 1, 5, "+0900")))
expect(n, a, "emailtoolarge", False, "5.3.4", "550", vendor="exchange")

n = "b57-exchange-ja-delay-dns.eml"
a = "purchase@example-corp.example"
write(OUT, n, exch_ja(n, a, "4.4.0", "451", "DNS query failed. The error was: DNS query failed with error: ErrorRetry", D(2026, 11, 20, 13, 0, 5, "+0900"), delay=True))
expect(n, a, "networkerror", False, "4.4.0", "451", action="delayed", vendor="exchange")

n = "b57-cybermail-user-sonzai-shinai-iso2022.eml"
a = "t-yoshida@hokuriku-kogyo.example"
text = f"""CYBERMAILΣ メール配送システムからのお知らせです。

以下のあて先へのメール配送に失敗しました。

  あて先 : {a}
  エラー : 指定されたユーザは存在しません。
           550 5.1.1 <{a}>... No such user

あて先に誤りがないかご確認ください。
"""
write(OUT, n, notice(n, frm="CYBERMAIL Postmaster <postmaster@hokuriku-kogyo.example>", host="mx.hokuriku-kogyo.example", date=D(2026, 11, 21, 17, 0, 0, "+0900"),
    subject=jsubj("メール配送失敗のお知らせ"), text=text, returned=returned_msg(n, a, D(2026, 11, 21, 16, 59, 56, "+0900")), ip="198.51.100.171"))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="cybermail")

n = "b57-cybermail-relay-not-permitted.eml"
a = "info@setouchi-kaiun.example"
diag = f"554 5.7.1 <{a}>: Relay access denied"
write(OUT, n, pf(n, D(2026, 11, 22, 11, 0, 3, "+0900"), D(2026, 11, 22, 11, 0, 0, "+0900"),
    [r(a, "5.7.1", diag, "mail.setouchi-kaiun.example")], pf_line(a, "mail.setouchi-kaiun.example", "198.51.100.172", diag)))
expect(n, a, "norelaying", False, "5.7.1", "554", vendor="cybermail")

n = "b57-postfix-ja-local-quota-iso2022.eml"
a = "ohashi@shizuoka-chaen.example"
ja = """このメールは shizuoka-chaen.example のメールサーバが自動作成しました。
宛先のメールボックスの容量が上限を超えているため、メールを保存できませんでした。
"""
host = "mail.shizuoka-chaen.example"
recips = [r(a, "5.2.2", "x-unix; maildrop: maildir over quota.")]
tail = f"<{a}>: delivery via local: maildrop: maildir over quota.\n"
parts = [jtext(ja + "\n" + PF_HEAD.format(host=host) + tail, "iso-2022-jp"), delivery_status(host, recips, D(2026, 11, 23, 8, 0, 0, "+0900")),
         part("message/rfc822", returned_msg(n, a, D(2026, 11, 23, 8, 0, 0, "+0900")), cte=None)]
write(OUT, n, mail(["Return-Path: <>\n" + received([(host, "198.51.100.181", RELAY, "Postfix", "4" + qid(n), D(2026, 11, 23, 8, 0, 4, "+0900"))]),
    ("Date", D(2026, 11, 23, 8, 0, 3, "+0900")), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"), ("To", SENDER),
    ("Subject", jsubj("配信できませんでした (Undelivered Mail Returned to Sender)")), ("Message-ID", mid(n, host)), ("Auto-Submitted", "auto-replied")],
    multipart("report", parts, boundary(n), " report-type=delivery-status;")))
expect(n, a, "mailboxfull", False, "5.2.2", "", vendor="postfix")

n = "b57-sendmail-ja-host-unknown-sjis.eml"
a = "eigyo@kagoshima-seicha.example"
host = "mail.kagoshima-seicha.example"
date = D(2026, 11, 24, 9, 0, 2, "+0900")
text = f"""このメールはメールサーバが自動的に送信しています。
以下のアドレスへのメールは、あて先のドメインが見つからないため配送できませんでした。

   ----- The following addresses had permanent fatal errors -----
<{a}>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 {a}... Host unknown (Name server: kagoshima-seicha.example: host not found)
"""
parts = [jtext(text, "shift_jis"), delivery_status("relay2.kotobuki-cha.example", [r(a, "5.1.2", "X-Unix; 550 Host unknown (Name server: kagoshima-seicha.example: host not found)")], D(2026, 11, 24, 9, 0, 0, "+0900")),
         part("text/rfc822-headers", orig(n, [a], D(2026, 11, 24, 9, 0, 0, "+0900")), cte=None)]
q = qid(n, 14)
write(OUT, n, mail(["Return-Path: <>\n" + received([("localhost", "127.0.0.1", "relay2.kotobuki-cha.example", "8.17.2/8.17.2", q, date)]),
    ("Date", date), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay2.kotobuki-cha.example>"), ("To", SENDER),
    ("Subject", jsubj("配送エラー: Host unknown", "shift_jis")), ("Message-ID", f"<{q}@relay2.kotobuki-cha.example>"), ("Auto-Submitted", "auto-generated (failure)")],
    multipart("report", parts, boundary(n), " report-type=delivery-status;")))
expect(n, a, "hostunknown", True, "5.1.2", "550", vendor="sendmail")

n = "b57-sendmail-tls-handshake-delayed.eml"
a = "shiire@hakata-mentai.example"
write(OUT, n, sm(n, D(2026, 11, 25, 14, 0, 0, "+0900"), D(2026, 11, 25, 10, 0, 0, "+0900"),
    [r(a, "4.7.0", "403 4.7.0 TLS handshake failed", "mx.hakata-mentai.example", "delayed")],
    f"<{a}>... Deferred: 403 4.7.0 TLS handshake failed.\n... while talking to mx.hakata-mentai.example.:\n>>> STARTTLS\n<<< 220 2.0.0 Ready to start TLS\n403 4.7.0 TLS handshake failed.", delay=True))
expect(n, a, "failedstarttls", False, "4.7.0", "403", action="delayed", vendor="sendmail")

n = "b57-postfix-forwarding-loop.eml"
a = "support@sapporo-nouen.example"
write(OUT, n, pf(n, D(2026, 11, 26, 7, 7, 7, "+0900"), D(2026, 11, 26, 7, 7, 3, "+0900"),
    [r(a, "5.4.6", "X-Postfix; mail forwarding loop for support@sapporo-nouen.example")],
    f"<{a}>: mail forwarding loop for {a}\n"))
expect(n, a, "networkerror", False, "5.4.6", "", vendor="postfix")

n = "b57-corp-insufficient-system-storage.eml"
a = "tsuhan@okinawa-kohi.example"
diag = "552 5.3.1 Insufficient system storage: mail system full"
write(OUT, n, pf(n, D(2026, 11, 27, 9, 0, 2, "+0900"), D(2026, 11, 27, 9, 0, 0, "+0900"),
    [r(a, "5.3.1", diag, "mail.okinawa-kohi.example")],
    f"<{a}>: host mail.okinawa-kohi.example[198.51.100.191] said: {diag} (in reply to MAIL FROM command)\n"))
expect(n, a, "systemfull", False, "5.3.1", "552", vendor="postfix")

n = "b57-corp-user-moved-551.eml"
a = "nakajima@sendai-gakki.example"
diag = "551 5.1.6 User has moved; the recipient now works at nakajima@sendai-gakki-hd.example and this address is no longer forwarded"
write(OUT, n, pf(n, D(2026, 11, 28, 10, 10, 0, "+0900"), D(2026, 11, 28, 10, 9, 57, "+0900"),
    [r(a, "5.1.6", diag, "mx.sendai-gakki.example")], pf_line(a, "mx.sendai-gakki.example", "198.51.100.192", diag)))
expect(n, a, "hasmoved", True, "5.1.6", "551", vendor="postfix")

n = "b57-corp-null-mx-556.eml"
a = "contact@kobe-zakka-old.example"
write(OUT, n, pf(n, D(2026, 11, 29, 11, 0, 1, "+0900"), D(2026, 11, 29, 11, 0, 0, "+0900"),
    [r(a, "5.1.10", "X-Postfix; Domain kobe-zakka-old.example does not accept mail (nullMX)")],
    f"<{a}>: Domain kobe-zakka-old.example does not accept mail (nullMX)\n"))
expect(n, a, "notaccept", True, "5.1.10", "", vendor="postfix")

n = "b57-corp-size-seigen-sjis-qp.eml"
a = "hanbai@niigata-kome.example"
text = f"""配信エラーのお知らせ（自動送信）

宛先 {a} へのメールは、メッセージの大きさが当社メールサーバの受信制限
（10MB）を超えているため、受信を拒否しました。

  552 5.3.4 Message size exceeds fixed limit

添付ファイルを小さくして再送してください。
"""
write(OUT, n, notice(n, frm="postmaster@niigata-kome.example", host="mx.niigata-kome.example", date=D(2026, 11, 30, 15, 0, 0, "+0900"),
    subject=jsubj("メールサイズ超過のため配信できませんでした", "shift_jis"), text=text, charset="shift_jis-qp", ip="198.51.100.193"))
expect(n, a, "emailtoolarge", False, "5.3.4", "552", vendor="jp-corp")

# =============================================================== several recipients
n = "b57-three-carriers-one-order.eml"
a1, a2, a3 = "mika.sugi-0125@docomo.ne.jp", "daichi.w-2003@ezweb.ne.jp", "yuna.h-1225@softbank.ne.jp"
d1 = f"550 Unknown user {a1}"
d2 = f"550 5.1.1 <{a2}>: Recipient address rejected: User unknown"
d3 = f"552 5.2.2 <{a3}>: Mailbox is full"
write(OUT, n, pf(n, D(2026, 12, 1, 12, 0, 4, "+0900"), D(2026, 12, 1, 12, 0, 0, "+0900"),
    [r(a1, "5.0.0", d1, "mfsmax.docomo.ne.jp"), r(a2, "5.1.1", d2, "lsean.ezweb.ne.jp"), r(a3, "5.2.2", d3, "mx.softbank.ne.jp")],
    pf_line(a1, "mfsmax.docomo.ne.jp", "203.0.113.31", d1) + "\n" + pf_line(a2, "lsean.ezweb.ne.jp", "203.0.113.42", d2) + "\n" + pf_line(a3, "mx.softbank.ne.jp", "203.0.113.53", d3)))
expect(n, a1, "userunknown", True, "5.0.0", "550", vendor="docomo")
expect(n, a2, "userunknown", True, "5.1.1", "550", vendor="au")
expect(n, a3, "mailboxfull", False, "5.2.2", "552", vendor="softbank")

n = "b57-sendmail-nifty-and-biglobe.eml"
a1, a2 = "sachiko.ono@nifty.com", "hide-k@biglobe.ne.jp"
write(OUT, n, sm(n, D(2026, 12, 2, 8, 0, 5, "+0900"), D(2026, 12, 2, 8, 0, 0, "+0900"),
    [r(a1, "5.1.1", f"550 5.1.1 <{a1}>... User unknown", "mx.nifty.com"), r(a2, "5.2.2", f"552 5.2.2 <{a2}>: Mailbox full", "mx.biglobe.ne.jp")],
    f"... while talking to mx.nifty.com.:\n>>> RCPT To:<{a1}>\n<<< 550 5.1.1 <{a1}>... User unknown\n550 5.1.1 <{a1}>... User unknown\n... while talking to mx.biglobe.ne.jp.:\n>>> RCPT To:<{a2}>\n<<< 552 5.2.2 <{a2}>: Mailbox full\n552 5.2.2 <{a2}>... Mailbox full"))
expect(n, a1, "userunknown", True, "5.1.1", "550", vendor="nifty")
expect(n, a2, "mailboxfull", False, "5.2.2", "552", vendor="biglobe")

# =============================================================== carriers, more wordings
n = "b57-docomo-sjis-notice-not-registered.eml"
a = "aki-ra.0330@docomo.ne.jp"
text = f"""送信したメールは、以下の理由によりお届けできませんでした。

■宛先
{a}

■理由
このメールアドレスは現在使われておりません（登録されていないアドレスです）。
550 5.1.1 Unknown user

株式会社NTTドコモ
"""
write(OUT, n, notice(n, frm="MAILER-DAEMON@docomo.ne.jp", host="mfsmax.docomo.ne.jp", date=D(2026, 11, 10, 8, 30, 0, "+0900"),
    subject=jsubj("メール送信エラー", "shift_jis"), text=text, charset="shift_jis", ip="203.0.113.35"))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="docomo")

n = "b57-ezweb-ip-rate-delayed.eml"
a = "saki-n.0420@ezweb.ne.jp"
diag = "450 4.7.1 Too many connections from your host, please retry later"
write(OUT, n, sm(n, D(2026, 11, 12, 16, 0, 0, "+0900"), D(2026, 11, 12, 12, 0, 0, "+0900"),
    [r(a, "4.7.1", diag, "lsean.ezweb.ne.jp", "delayed")],
    f"<{a}>... Deferred: {diag}\n... while talking to lsean.ezweb.ne.jp.:\n>>> MAIL From:<{SENDER}>\n<<< {diag}", delay=True))
expect(n, a, "ratelimited", False, "4.7.1", "450", action="delayed", vendor="au")

n = "b57-ymobile-contract-cancelled.eml"
a = "ken.i-0606@ymobile.ne.jp"
diag = f"550 5.2.1 <{a}>: This account has been disabled (contract suspended)"
write(OUT, n, pf(n, D(2026, 11, 17, 19, 0, 2, "+0900"), D(2026, 11, 17, 19, 0, 0, "+0900"),
    [r(a, "5.2.1", diag, "mx.ymobile.ne.jp")], pf_line(a, "mx.ymobile.ne.jp", "203.0.113.65", diag)))
expect(n, a, "suspend", False, "5.2.1", "550", vendor="ymobile")

n = "b57-softbank-spam-content-utf8.eml"
a = "hiroto.s@i.softbank.jp"
text = f"""ソフトバンク メールシステムからのお知らせ

お送りいただいたメールは、迷惑メールと判定されたため、受信者に配信されませんでした。

  宛先: {a}
  554 5.7.1 Message rejected: spam content detected
"""
write(OUT, n, notice(n, frm="MAILER-DAEMON@i.softbank.jp", host="mx.i.softbank.jp", date=D(2026, 11, 26, 20, 0, 0, "+0900"),
    subject=jsubj("配信エラー", "utf-8"), text=text, charset="utf-8", ip="203.0.113.54"))
expect(n, a, "spamdetected", False, "5.7.1", "554", vendor="softbank")

n = "b57-partner-order-import-program-failed-ja.eml"
a = "order-sync@order-partner.example"
host = "mail.order-partner.example"
tail = f"<{a}>: Command died with status 1: \"/usr/local/bin/order-import\". Command output: order-import: database is locked\n"
parts = [jtext("受注取込プログラムがエラーで終了したため、メールを処理できませんでした。\n\n" + PF_HEAD.format(host=host) + tail, "iso-2022-jp"),
         delivery_status(host, [r(a, "5.3.0", "x-unix; order-import: database is locked")], D(2026, 11, 27, 6, 0, 0, "+0900")),
         part("text/rfc822-headers", orig(n, [a], D(2026, 11, 27, 6, 0, 0, "+0900")), cte=None)]
write(OUT, n, mail(["Return-Path: <>\n" + received([(host, "198.51.100.195", RELAY, "Postfix", "4" + qid(n), D(2026, 11, 27, 6, 0, 5, "+0900"))]),
    ("Date", D(2026, 11, 27, 6, 0, 4, "+0900")), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"), ("To", SENDER),
    ("Subject", "Undelivered Mail Returned to Sender"), ("Message-ID", mid(n, host)), ("Auto-Submitted", "auto-replied")],
    multipart("report", parts, boundary(n), " report-type=delivery-status;")))
expect(n, a, "mailererror", False, "5.3.0", "", vendor="postfix")

n = "b57-plala-ip-reputation.eml"
a = "m.takeuchi@plala.or.jp"
diag = "550 5.7.1 Mail from 192.0.2.25 refused: poor sender reputation score"
write(OUT, n, pf(n, D(2026, 11, 28, 19, 0, 2, "+0900"), D(2026, 11, 28, 19, 0, 0, "+0900"),
    [r(a, "5.7.1", diag, "mx.plala.or.jp")], pf_line(a, "mx.plala.or.jp", "203.0.113.102", diag, "MAIL FROM")))
expect(n, a, "badreputation", False, "5.7.1", "550", vendor="plala")

n = "b57-relayhost-auth-required.eml"
a = "tomoko.arai@so-net.ne.jp"
diag = "530 5.7.0 Authentication required"
write(OUT, n, pf(n, D(2026, 11, 29, 9, 0, 2, "+0900"), D(2026, 11, 29, 9, 0, 0, "+0900"),
    [r(a, "5.7.0", diag, "smtp-relay.kotobuki-cha.example")], pf_line(a, "smtp-relay.kotobuki-cha.example", "192.0.2.26", diag, "MAIL FROM")))
expect(n, a, "securityerror", False, "5.7.0", "530", vendor="postfix")

n = "b57-ocn-mime-broken.eml"
a = "kojima.h@ocn.ne.jp"
diag = "554 5.6.0 Message rejected: malformed MIME structure (boundary not terminated)"
write(OUT, n, pf(n, D(2026, 11, 30, 12, 0, 2, "+0900"), D(2026, 11, 30, 12, 0, 0, "+0900"),
    [r(a, "5.6.0", diag, "mx.ocn.ne.jp")], pf_line(a, "mx.ocn.ne.jp", "203.0.113.93", diag, "end of DATA")))
expect(n, a, "contenterror", False, "5.6.0", "554", vendor="ocn")

# =============================================================== auto-replies (自動応答)
n = "b57-vacation-fuzai-utf8.eml"
a = "kanda@tokai-denki.example"
write(OUT, n, notice(n, frm=f"{enc_header('神田 隆', 'utf-8')} <{a}>", host="mail-gw.tokai-denki.example", date=D(2025, 12, 29, 9, 0, 0, "+0900"),
    subject=jsubj("自動応答: Re: 【寿茶舗】お見積りの件", "utf-8"), charset="utf-8", auto="auto-replied", ip="198.51.100.151",
    extra=[("In-Reply-To", mid("b57-quote", SHOP)), ("X-Auto-Response-Suppress", "All")],
    text="""お世話になっております。

誠に勝手ながら、12月27日から1月5日まで年末年始休業のため不在にしております。
1月6日以降、順次対応させていただきます。

東海電機株式会社　購買部　神田
"""))
expect(n, a, "vacation", False, action="", vendor="jp-corp")

n = "b57-vacation-activemail-iso2022.eml"
a = "tanabe@kyoto-washi.example"
write(OUT, n, notice(n, frm=f"{jsubj('田辺 恵子')} <{a}>", host="mail.kyoto-washi.example", date=D(2026, 11, 13, 10, 0, 0, "+0900"),
    subject=jsubj("[自動返信] 不在のお知らせ"), auto="auto-replied", ip="198.51.100.153",
    extra=[("In-Reply-To", mid("b57-order-kyoto", SHOP)), ("X-Mailer", "Active! mail")],
    text="""このメールは自動返信です。

ただいま出張のため、11月13日（金）から11月17日（火）まで不在にしております。
お急ぎの方は sales2@kyoto-washi.example までご連絡ください。
"""))
expect(n, a, "vacation", False, action="", vendor="activemail")

n = "b57-vacation-exchange-ja-ooo.eml"
a = "y.mori@example-corp.example"
write(OUT, n, notice(n, frm=f"{enc_header('森 由美子', 'utf-8')} <{a}>", host="TY2PR01MB3344.jpnprd01.prod.outlook.com", date=D(2026, 11, 24, 13, 0, 0, "+0900"),
    subject=enc_header("自動応答: 【寿茶舗】発送のお知らせ", "utf-8"), charset="utf-8", auto="auto-generated", ip="198.51.100.160",
    extra=[("In-Reply-To", mid("b57-ship", SHOP)), ("X-MS-Exchange-Inbox-Rules-Loop", a), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "ja-JP")],
    text="""産休のため、2027年3月末まで不在です。
業務に関するご連絡は総務部（somu@example-corp.example）へお願いいたします。
"""))
expect(n, a, "vacation", False, action="", vendor="exchange")

# =============================================================== near-misses
def nb(name, *, frm, subject, text, date, charset="iso-2022-jp", to=SENDER, extra=(), host="mail.example.jp.example"):
    hops = received([(host, "198.51.100.200", RELAY, "Postfix", "4" + qid(name), date, to)])
    heads = [f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>\n" + hops, ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    write(NB, name, mail(heads, jtext(text, charset)))


nb("nb-docomo-filter-change-notice.eml", frm="docomo <info@mail.docomo.ne.jp.example>", host="mail.docomo.ne.jp.example",
   subject=jsubj("【ドコモ】迷惑メールフィルター設定変更のお知らせ"), date=D(2026, 11, 5, 10, 0, 0, "+0900"),
   text="""いつもドコモをご利用いただきありがとうございます。

2027年2月より、迷惑メールフィルターの「受信拒否 強」設定の判定基準を変更します。
指定受信リストに登録されていないドメインからのメールは、受信拒否となる場合があります。
ショッピングサイトなどからのメールを受け取るには、ドメインを受信リストにご登録ください。

※本メールは送信専用アドレスから送信しています。
""")

nb("nb-customer-address-changed-utf8.eml", frm=f"{enc_header('佐藤 恵美', 'utf-8')} <emi.sato.1982@gmail.com>", host="mail-sor-f41.google.com",
   subject=enc_header("Re: 【寿茶舗】発送のお知らせ", "utf-8"), date=D(2026, 11, 7, 21, 0, 0, "+0900"), charset="utf-8",
   extra=[("In-Reply-To", mid("b57-ship2", SHOP))],
   text="""寿茶舗 ご担当者様

いつもお世話になっております。
携帯（au）のアドレスを解約したので、今後のご連絡はこちらのGmailにお願いします。
以前のアドレスに送ったメールがエラーで戻っていたらすみません。

佐藤
""")

nb("nb-customer-not-arrived-sjis.eml", frm="t.morita-33@au.com", host="mx.au.com",
   subject=jsubj("商品が届きません", "shift_jis"), date=D(2026, 11, 9, 18, 0, 0, "+0900"), charset="shift_jis",
   text="""注文番号 20265521 の件です。

11月2日に注文した煎茶セットがまだ届いていません。
配達状況を確認したところ「宛先不明で返送」となっていました。
住所は合っていると思うので、もう一度送っていただけますか。

森田
""")

nb("nb-customer-unblocked-reception.eml", frm="haruka.i-0101@docomo.ne.jp", host="mfsmax.docomo.ne.jp",
   subject=jsubj("Re: 注文確認メールが届かない件"), date=D(2026, 11, 10, 12, 0, 0, "+0900"),
   extra=[("In-Reply-To", mid("b57-support", SHOP))],
   text="""お返事ありがとうございます。
ご指摘のとおり、受信拒否設定で kotobuki-cha.example が許可されていませんでした。
指定受信リストに登録しましたので、もう一度確認メールを送っていただけますか。

> お客様のメールアドレス宛のメールが「550 Unknown user」ではなく
> 受信拒否で戻ってきております。

飯田
""")

nb("nb-rakuten-rmail-delivery-report.eml", frm=jsubj("楽天市場 R-Mail") + " <rmail-report@rakuten.co.jp.example>", host="mail.rakuten.co.jp.example",
   subject=jsubj("【R-Mail】メルマガ配信結果のお知らせ"), date=D(2026, 11, 11, 9, 0, 0, "+0900"),
   text="""寿茶舗 様

11月10日 20:00 に予約されたメルマガの配信が完了しました。

  配信対象数   : 12,480通
  配信成功     : 12,311通
  配信エラー   : 169通（宛先不明・受信拒否など）

エラーになったアドレスはRMSの「メルマガ配信結果」から確認できます。
楽天市場 店舗運営サポート
""")

nb("nb-amazon-seller-buyer-message.eml", frm="Amazon.co.jp <seller-notification@amazon.co.jp.example>", host="mail.amazon.co.jp.example",
   subject=enc_header("購入者からのメッセージ: 注文番号 503-1234567-7654321", "utf-8"), date=D(2026, 11, 14, 14, 0, 0, "+0900"), charset="utf-8",
   text="""出品者様

購入者様からメッセージが届いています。

--- メッセージ開始 ---
注文した商品の配送先を間違えてしまいました。まだ発送前でしたら変更できますか。
--- メッセージ終了 ---

24時間以内にセラーセントラルから返信してください。
メールで返信する場合は、このメールに直接返信してください。配信できなかった場合はエラー通知が届きます。
""")

nb("nb-spam-mailbox-quota-phish.eml", frm="=?UTF-8?B?44Oh44O844Or566h55CG6ICF?= <admin@security-update.example>", host="mx.security-update.example",
   subject=enc_header("【重要】メールボックスの容量が上限に達しました", "utf-8"), date=D(2026, 11, 15, 3, 0, 0, "+0900"), charset="utf-8",
   text="""お客様のメールボックスは容量の上限に達しています。
受信メール 37 通が配信されずに保留されています。

今すぐ下記リンクからアカウントを確認し、容量を増やしてください。
https://security-update.example/mailbox/verify

24時間以内に確認されない場合、アカウントは停止されます。
""")

nb("nb-spam-parcel-absent-phish.eml", frm="=?UTF-8?B?44Ok44Oe44OI6YGL6Ly4?= <notice@yamato-delivery.example>", host="mx.yamato-delivery.example",
   subject=enc_header("お荷物お届けのお知らせ（不在持ち帰り）", "utf-8"), date=D(2026, 11, 16, 2, 0, 0, "+0900"), charset="utf-8",
   text="""お客様宛にお荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。
再配達のご依頼は下記よりお願いします。

https://yamato-delivery.example/redeliver?id=88213

配送できなかった場合、お荷物は差出人へ返送されます。
""")

nb("nb-softbank-block-setting-notice.eml", frm="SoftBank <info@softbank.jp.example>", host="mail.softbank.jp.example",
   subject=jsubj("迷惑メールブロック設定に関する重要なお知らせ"), date=D(2026, 11, 18, 11, 0, 0, "+0900"),
   text="""ソフトバンクをご利用いただき誠にありがとうございます。

なりすましメール対策の強化に伴い、送信ドメイン認証（SPF/DKIM）に失敗したメールは
2027年1月より自動的に受信拒否となります。
大切なメールが届かない場合は、My SoftBankから受信許可リストをご確認ください。
""")

nb("nb-customer-human-away-reply.eml", frm="k.ueda@hokuriku-kogyo.example", host="mx.hokuriku-kogyo.example",
   subject=jsubj("Re: 【寿茶舗】お支払い確認のお願い"), date=D(2026, 11, 20, 10, 0, 0, "+0900"),
   extra=[("In-Reply-To", mid("b57-pay", SHOP))],
   text="""寿茶舗 様

先週は出張で不在にしておりまして、ご連絡が遅くなり申し訳ありません。
本日お振込みいたしました。ご確認をお願いいたします。

北陸工業 上田
""")

nb("nb-yahoojp-storage-warning.eml", frm="Yahoo! JAPAN <mail-storage@mail.yahoo.co.jp.example>", host="mail.yahoo.co.jp.example", to="shop-kotobuki@yahoo.co.jp",
   subject=jsubj("Yahoo!メールの容量が残りわずかです"), date=D(2026, 11, 22, 8, 0, 0, "+0900"),
   text="""いつもYahoo!メールをご利用いただきありがとうございます。

お客様のメールボックスの使用量が、容量の90%を超えました。
容量がいっぱいになると、新しいメールを受信できなくなります。
不要なメールを削除してください。
""")

nb("nb-esp-mailmagazine-complete.eml", frm="=?UTF-8?B?44Oh44Or44Oe44Ks6YWN5L+h44K144O844OT44K5?= <noreply@haishin.example>", host="mta.haishin.example",
   subject=enc_header("配信完了のお知らせ（寿茶舗 11月号）", "utf-8"), date=D(2026, 11, 25, 21, 0, 0, "+0900"), charset="utf-8",
   text="""配信予約「寿茶舗 11月号」の配信が完了しました。

  配信数: 8,204
  到達数: 8,021
  不達数: 183（ハードバウンス 121 / ソフトバウンス 62）

不達アドレスは配信停止リストに自動で追加されました。
詳細は管理画面の「配信レポート」をご覧ください。
""")

write_expected(os.path.join(OUT, "expected.jsonl"))
