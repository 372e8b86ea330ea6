#!/usr/bin/env python3
"""Writes testdata/unseen/batch-16: one night of a Japanese and Korean
newsletter sender (news@mailer.hikari-tsushin.example, via
out.hikari-tsushin.example), at everyday frequencies: mostly user unknown,
full mailboxes, carrier reception settings, dead domains and rate limits,
a tail of rarer reasons, about one in eight delayed. Near-misses go to
not-bounce/ (nb-*).

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch16.py [DIR]"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (dsn_mail, dt, enc_header, expect, mid, orig_headers, plain_mail, received,  # noqa: E402
                       write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "news@mailer.hikari-tsushin.example"
BOUNCE_TO = "bounce+nl1202@mailer.hikari-tsushin.example"
OUR_MTA = "out.hikari-tsushin.example"
OUR_IP = "192.0.2.25"
N = [0]


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def when(n, tz="+0900"):
    # the run starts at 22:00 JST on 2 December; one notice every ~3 minutes
    m = 3 * n
    return dt(2026, 12, 2 if 22 * 60 + m < 1440 else 3, (22 + m // 60) % 24, m % 60, (7 * n) % 60, tz)


def orig(name, to, subj="【ひかり通信】12月号のお知らせ"):
    return orig_headers(SENDER, to, enc_header(subj, "iso-2022-jp"), when(0),
                        mid(name + "/orig", "mailer.hikari-tsushin.example"),
                        "List-Unsubscribe: <mailto:unsub+nl1202@mailer.hikari-tsushin.example>")


def hops(name, host, ip, to_rcpt=None):
    return received([(host, ip, "mx.mailer.hikari-tsushin.example", "Postfix", qid(name), when(N[0]), to_rcpt),
                     ])


def dsn(name, host, ip, text, recips, *, charset="us-ascii", cte=None, frm=None, subject=None,
        returned="headers", mta_host=None):
    """recips: (addr, status, diag, reason, action)."""
    N[0] += 1
    rr = []
    for rec in recips:
        addr, status, diag, reason, action = rec[:5]
        remote = rec[5].split("[")[0] if len(rec) > 5 else mta_host
        r = {"final": addr, "status": status, "action": action, "remote": remote, "diag": diag}
        if action == "delayed":
            r["will_retry"] = dt(2026, 12, 5, 22, 0, 0, "+0900")
        rr.append(r)
        hard = reason in ("userunknown", "hostunknown", "hasmoved", "notaccept") and status.startswith("5")
        m = re.match(r"(?:smtp; )?([245][0-9][0-9])[ -]", diag)
        expect(name, addr, reason, hard, status, m.group(1) if m else "", action)
    to0 = recips[0][0]
    body = orig(name, to0)
    if returned == "message":
        body += "\n" + "ひかり通信 12月号".encode("iso-2022-jp").decode("ascii") + "\n"
    text_ = dsn_mail(name, frm=frm or f"Mail Delivery System <MAILER-DAEMON@{host}>", to=BOUNCE_TO,
                     subject=subject or "Undelivered Mail Returned to Sender", date=when(N[0]), host=host,
                     hops=hops(name, host, ip), text=text, recips=rr, orig=body, charset=charset, cte=cte,
                     returned=returned, arrival=when(0))
    write(OUT, name, text_)


def jis7(text, charset, cte):
    # ISO-2022-JP travels as 7bit: the escape sequences are the encoding
    return text.encode(charset).decode("ascii") if cte == "7bit" else text


def plain(name, host, ip, text, recips, *, charset="us-ascii", cte=None, frm=None, subject=None):
    """A notice with no delivery-status part; recips: (addr, status, reply, reason, action)."""
    N[0] += 1
    for addr, status, reply, reason, action in recips:
        # a final notice in words alone is permanent unless a 4xx says otherwise
        hard = (reason in ("userunknown", "hostunknown", "hasmoved", "notaccept") and action == "failed"
                and not (status or reply).startswith("4"))
        expect(name, addr, reason, hard, status, reply, action)
    text += "\n\n------ Original message headers ------\n\n" + orig(name, recips[0][0])
    write(OUT, name, plain_mail(name, frm=frm or f"MAILER-DAEMON@{host}", to=BOUNCE_TO,
                                subject=subject or "Returned mail: see transcript for details", date=when(N[0]),
                                host=host, hops=hops(name, host, ip), text=jis7(text, charset, cte), charset=charset, cte=cte))


def nb(name, host, ip, frm, to, subject, text, charset="utf-8", cte="base64", extra=()):
    N[0] += 1
    disp, addr = frm.rsplit(" <", 1)
    if any(ord(c) > 127 for c in disp):
        frm = enc_header(disp, "iso-2022-jp" if charset == "iso-2022-jp" else "utf-8") + " <" + addr
    write(NB, name, plain_mail(name, frm=frm, to=to, subject=subject, date=when(N[0]), host=host,
                               hops=hops(name, host, ip), text=jis7(text, charset, cte), charset=charset, cte=cte,
                               extra=extra, auto=False))


POSTFIX = """This is the mail system at host {h}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

{lines}
"""
DELAY = """This is the mail system at host {h}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for {hrs} hours.
It will be retried until it is 3 days old.

For further assistance, please send mail to postmaster.

                   The mail system

{lines}
"""


def pf(addr, text):
    return f"<{addr}>: {text}"


def pfmail(name, recips, host=OUR_MTA, delay_hrs=None):
    """Our own outbound Postfix reports the remote reply."""
    lines = "\n\n".join(pf(a, f"host {mx} said: {d} (in reply to {stage} command)")
                        for a, s, d, reason, act, mx, stage in recips)
    text = (DELAY.format(h=host, hrs=delay_hrs, lines=lines) if delay_hrs else POSTFIX.format(h=host, lines=lines))
    subj = "Delayed Mail (still being retried)" if delay_hrs else None
    dsn(name, host, OUR_IP, text, [(a, s, d, r, act, mx) for a, s, d, r, act, mx, stage in recips], subject=subj)


EX = "mailer.hikari-tsushin.example"

# ---------------------------------------------------------------- carriers (mobile)
pfmail("docomo-unknown-user-rcpt.eml", [
    ("haruka.t-0312@docomo.ne.jp", "5.0.0", "550 Unknown user haruka.t-0312@docomo.ne.jp", "userunknown", "failed",
     "mfsmax.docomo.ne.jp[203.0.113.11]", "end of DATA")])
pfmail("docomo-three-unknown.eml", [
    ("ken-1988.run@docomo.ne.jp", "5.0.0", "550 Unknown user ken-1988.run@docomo.ne.jp", "userunknown", "failed",
     "mfsmax.docomo.ne.jp[203.0.113.11]", "RCPT TO"),
    ("yuu_kitty22@docomo.ne.jp", "5.0.0", "550 Unknown user yuu_kitty22@docomo.ne.jp", "userunknown", "failed",
     "mfsmax.docomo.ne.jp[203.0.113.11]", "RCPT TO"),
    ("a.matsu.fam@docomo.ne.jp", "5.0.0", "550 Unknown user a.matsu.fam@docomo.ne.jp", "userunknown", "failed",
     "mfsmax.docomo.ne.jp[203.0.113.11]", "RCPT TO")])
pfmail("docomo-reception-setting-refused.eml", [
    ("momo.sakura.77@docomo.ne.jp", "5.7.1", "550 5.7.1 Message rejected by recipient's reception settings (domain designated reception)",
     "filtered", "failed", "mfsmax.docomo.ne.jp[203.0.113.11]", "end of DATA")])
pfmail("docomo-rate-421-delayed.eml", [
    ("s.ootani-g@docomo.ne.jp", "4.7.0", "421 4.7.0 mfsmax too many messages from your IP, try again later",
     "ratelimited", "delayed", "mfsmax.docomo.ne.jp[203.0.113.11]", "MAIL FROM")], delay_hrs=4)
pfmail("ezweb-user-unknown.eml", [
    ("tomo-chan.0905@ezweb.ne.jp", "5.1.1", "550 5.1.1 <tomo-chan.0905@ezweb.ne.jp>: User unknown", "userunknown", "failed",
     "lsean.ezweb.ne.jp[203.0.113.21]", "RCPT TO")])
pfmail("au-com-two-unknown.eml", [
    ("riko.h.1120@au.com", "5.1.1", "550 5.1.1 <riko.h.1120@au.com>: User unknown", "userunknown", "failed",
     "mx.au.com[203.0.113.22]", "RCPT TO"),
    ("daichi-soccer10@au.com", "5.1.1", "550 5.1.1 <daichi-soccer10@au.com>: User unknown", "userunknown", "failed",
     "mx.au.com[203.0.113.22]", "RCPT TO")])
pfmail("ezweb-designated-refusal.eml", [
    ("natsu.umi-0718@ezweb.ne.jp", "5.7.1", "550 5.7.1 Rejected by recipient's mail filter setting", "filtered", "failed",
     "lsean.ezweb.ne.jp[203.0.113.21]", "end of DATA")])
pfmail("softbank-unknown.eml", [
    ("kaito.ballpark@i.softbank.jp", "5.1.1", "550 5.1.1 <kaito.ballpark@i.softbank.jp>: Recipient address rejected: User unknown",
     "userunknown", "failed", "mx.i.softbank.jp[203.0.113.31]", "RCPT TO")])
pfmail("softbank-mailbox-full.eml", [
    ("aoi-nyan@i.softbank.jp", "4.2.2", "452 4.2.2 <aoi-nyan@i.softbank.jp>: Mailbox full", "mailboxfull", "delayed",
     "mx.i.softbank.jp[203.0.113.31]", "RCPT TO")], delay_hrs=6)

# The old Vodafone domain no longer resolves: our own Postfix says so.
dsn("vodafone-domain-not-found.eml", OUR_MTA, OUR_IP, POSTFIX.format(h=OUR_MTA, lines=pf(
    "satoshi.k@t.vodafone.ne.jp", "Host or domain name not found. Name service error for name=t.vodafone.ne.jp type=A: Host not found")),
    [("satoshi.k@t.vodafone.ne.jp", "5.4.4", "X-Postfix; Host or domain name not found. Name service error for name=t.vodafone.ne.jp type=A: Host not found",
      "hostunknown", "failed")])

# docomo's own Japanese notice, ISO-2022-JP, no DSN part, recipient only in the text
plain("docomo-ja-iso2022-atesaki.eml", "mfsmax.docomo.ne.jp", "203.0.113.11",
      "このメールは、docomo.ne.jp のメールサーバから自動送信しています。\n\n"
      "以下の宛先へのメールは配信できませんでした。\n\n"
      "宛先: chie.ocean_88@docomo.ne.jp\n"
      "理由: 宛先のメールアドレスは存在しません。(550 Unknown user)\n\n"
      "アドレスをお確かめのうえ、再度送信してください。\n",
      [("chie.ocean_88@docomo.ne.jp", "", "550", "userunknown", "failed")],
      charset="iso-2022-jp", cte="7bit", frm="MAILER-DAEMON@docomo.ne.jp",
      subject=enc_header("メール配信エラーのお知らせ", "iso-2022-jp"))

# au: recipient's reception settings (Shift_JIS, base64)
plain("au-sjis-jushin-kyohi.eml", "mx.au.com", "203.0.113.22",
      "お客様が送信されたメールは、受信者側の迷惑メールフィルター設定(受信リスト設定)により受信を拒否されたため、配信できませんでした。\n\n"
      "受信者: hina.flower1204@au.com\n"
      "送信日時: 2026/12/02 22:00\n\n"
      "このメールは送信専用です。\n",
      [("hina.flower1204@au.com", "", "", "filtered", "failed")],
      charset="shift_jis", cte="base64", frm="postmaster@au.com",
      subject=enc_header("配信できませんでした", "iso-2022-jp"))

# ---------------------------------------------------------------- Japanese ISPs
pfmail("ocn-user-unknown.eml", [
    ("k-yamashita@hkg.odn.ne.jp", "5.1.1", "550 5.1.1 <k-yamashita@hkg.odn.ne.jp>: Recipient address rejected: User unknown in virtual mailbox table",
     "userunknown", "failed", "mfmx.ocn.ad.jp[203.0.113.41]", "RCPT TO")])
pfmail("ocn-quota-exceeded.eml", [
    ("mieko_s@beige.ocn.ne.jp", "5.2.2", "552 5.2.2 <mieko_s@beige.ocn.ne.jp>: user's mailbox exceeds the storage limit",
     "mailboxfull", "failed", "mfmx.ocn.ad.jp[203.0.113.41]", "RCPT TO")])
pfmail("sonet-unknown.eml", [
    ("hiro-n@ca2.so-net.ne.jp", "5.1.1", "550 5.1.1 <hiro-n@ca2.so-net.ne.jp>... User unknown", "userunknown", "failed",
     "mx.so-net.ne.jp[203.0.113.42]", "RCPT TO")])
pfmail("nifty-mailbox-full.eml", [
    ("taka-ojisan@nifty.com", "4.2.2", "452 4.2.2 Mailbox is full: taka-ojisan@nifty.com", "mailboxfull", "delayed",
     "mx.nifty.com[203.0.113.43]", "RCPT TO")], delay_hrs=4)
pfmail("nifty-unknown.eml", [
    ("gardening.yumi@nifty.com", "5.1.1", "550 5.1.1 <gardening.yumi@nifty.com>: Recipient address rejected: User unknown",
     "userunknown", "failed", "mx.nifty.com[203.0.113.43]", "RCPT TO")])
pfmail("biglobe-account-cancelled.eml", [
    ("ab12-cd@kfa.biglobe.ne.jp", "5.1.1", "550 5.1.1 <ab12-cd@kfa.biglobe.ne.jp>: no such mailbox, account has been cancelled",
     "userunknown", "failed", "mx.biglobe.ne.jp[203.0.113.44]", "RCPT TO")])
pfmail("plala-over-quota.eml", [
    ("sora-papa@cpost.plala.or.jp", "5.2.2", "552 5.2.2 <sora-papa@cpost.plala.or.jp>: Mailbox over quota", "mailboxfull", "failed",
     "mx.plala.or.jp[203.0.113.45]", "RCPT TO")])
pfmail("plala-rate-limited.eml", [
    ("t-itou@ab.auone-net.jp", "4.7.0", "450 4.7.0 too many connections from 192.0.2.25, slow down", "ratelimited", "delayed",
     "mx.auone-net.jp[203.0.113.46]", "RCPT TO")], delay_hrs=4)
pfmail("rakuten-unknown.eml", [
    ("shopping.mika@rakuten.jp", "5.1.1", "550 5.1.1 <shopping.mika@rakuten.jp>: Recipient address rejected: User unknown in local recipient table",
     "userunknown", "failed", "mx.rakuten.jp[203.0.113.47]", "RCPT TO")])
pfmail("rakuten-spam-content.eml", [
    ("point.hunter9@rakuten.jp", "5.7.1", "554 5.7.1 Message rejected: content judged as spam", "spamdetected", "failed",
     "mx.rakuten.jp[203.0.113.47]", "end of DATA")])
pfmail("yahoojp-unknown.eml", [
    ("neko_daisuki_0222@yahoo.co.jp", "5.0.0", "553 5.0.0 <neko_daisuki_0222@yahoo.co.jp>... No such user", "userunknown", "failed",
     "mx.mail.yahoo.co.jp[203.0.113.51]", "RCPT TO")])
pfmail("yahoojp-mailbox-full.eml", [
    ("fukuoka.trip@yahoo.co.jp", "5.2.2", "552 5.2.2 <fukuoka.trip@yahoo.co.jp>... Mailbox size limit exceeded", "mailboxfull", "failed",
     "mx.mail.yahoo.co.jp[203.0.113.51]", "RCPT TO")])
pfmail("yahoojp-dmarc-reject.eml", [
    ("kenji.w_77@yahoo.co.jp", "5.7.1", "550 5.7.1 Rejected: DMARC policy of sender domain (reject)", "authfailure", "failed",
     "mx.mail.yahoo.co.jp[203.0.113.51]", "end of DATA")])
pfmail("yahoojp-deferred-busy.eml", [
    ("yoshimi.k@yahoo.co.jp", "4.3.2", "421 4.3.2 Service temporarily unavailable, try again later", "systemerror", "delayed",
     "mx.mail.yahoo.co.jp[203.0.113.51]", "MAIL FROM")], delay_hrs=3)

# Nifty in Japanese, EUC-JP, quoted-printable, two recipients in the text only
plain("nifty-eucjp-two-unknown.eml", "mx.nifty.com", "203.0.113.43",
      "送信されたメールは以下の宛先に配送できませんでした。\n\n"
      "  kazu.oyaji@nifty.com\n    宛先のユーザーは存在しません (550 5.1.1 User unknown)\n\n"
      "  mari-piano@nifty.com\n    宛先のユーザーは存在しません (550 5.1.1 User unknown)\n\n"
      "@nifty メールシステム\n",
      [("kazu.oyaji@nifty.com", "5.1.1", "550", "userunknown", "failed"),
       ("mari-piano@nifty.com", "5.1.1", "550", "userunknown", "failed")],
      charset="euc-jp", cte="quoted-printable", frm="postmaster@nifty.com",
      subject=enc_header("配送エラー: 宛先不明", "iso-2022-jp"))

# BIGLOBE mailbox full in Japanese, ISO-2022-JP
plain("biglobe-ja-youryou-over.eml", "mx.biglobe.ne.jp", "203.0.113.44",
      "以下のメールアドレスへの配信に失敗しました。\n\n"
      "配信先: sachiko-h@mwb.biglobe.ne.jp\n"
      "原因: 受信者のメールボックスの容量が上限を超えています。\n"
      "(552 5.2.2 quota exceeded)\n\n"
      "時間をおいて再度送信してください。\n",
      [("sachiko-h@mwb.biglobe.ne.jp", "5.2.2", "552", "mailboxfull", "failed")],
      charset="iso-2022-jp", cte="7bit", frm="MAILER-DAEMON@biglobe.ne.jp",
      subject=enc_header("メールを配信できませんでした", "iso-2022-jp"))

# ---------------------------------------------------------------- Gmail / Outlook for Japanese users
pfmail("gmail-jp-unknown.eml", [
    ("ryo.tanaka.1999@gmail.com", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-a1b2c3si.1 - gsmtp",
     "userunknown", "failed", "gmail-smtp-in.l.google.com[198.51.100.27]", "RCPT TO")])
pfmail("gmail-jp-over-quota.eml", [
    ("misaki.k.work@gmail.com", "4.2.2", "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp d9443c01a7336-b7c8si.2 - gsmtp",
     "mailboxfull", "delayed", "gmail-smtp-in.l.google.com[198.51.100.27]", "RCPT TO")], delay_hrs=5)
pfmail("gmail-jp-rate-user.eml", [
    ("hayato.nl@gmail.com", "4.2.1", "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. https://support.google.com/mail/?p=ReceivingRate e5c5f4si.3 - gsmtp",
     "ratelimited", "delayed", "gmail-smtp-in.l.google.com[198.51.100.27]", "RCPT TO")], delay_hrs=4)
pfmail("gmail-jp-bulk-unauth.eml", [
    ("aya.fujimoto@gmail.com", "5.7.26", "550-5.7.26 Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. https://support.google.com/mail/answer/81126 - gsmtp",
     "authfailure", "failed", "gmail-smtp-in.l.google.com[198.51.100.27]", "end of DATA")])
pfmail("outlook-jp-unknown.eml", [
    ("yuki_m_1985@outlook.jp", "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [TYZPR01MB1234.jpnprd01.prod.outlook.com 2026-12-02T13:21:00.000Z 08DCFFEE]",
     "userunknown", "failed", "outlook-jp.olc.protection.outlook.com[198.51.100.71]", "RCPT TO")])
pfmail("hotmail-jp-blocked-ip.eml", [
    ("shinji.o@hotmail.co.jp", "5.7.1", "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
     "blocked", "failed", "hotmail-co-jp.olc.protection.outlook.com[198.51.100.72]", "MAIL FROM")])

# ---------------------------------------------------------------- Japanese corporate servers
pfmail("jp-corp-postfix-unknown.eml", [
    ("y.ishikawa@kawasaki-seiki.example", "5.1.1", "550 5.1.1 <y.ishikawa@kawasaki-seiki.example>: Recipient address rejected: User unknown in local recipient table",
     "userunknown", "failed", "mail.kawasaki-seiki.example[198.51.100.101]", "RCPT TO")])
dsn("jp-corp-no-mx.eml", OUR_MTA, OUR_IP, POSTFIX.format(h=OUR_MTA, lines=pf(
    "info@sakura-dental-clinic.example", "Host or domain name not found. Name service error for name=sakura-dental-clinic.example type=MX: Host not found, try again")),
    [("info@sakura-dental-clinic.example", "5.4.4", "X-Postfix; Host or domain name not found. Name service error for name=sakura-dental-clinic.example type=MX: Host not found, try again",
      "hostunknown", "failed")])
dsn("jp-exchange-ja-unknown.eml", "TY2PR06MB1234.jpnprd06.prod.outlook.com", "198.51.100.73",
    "配信できませんでした: 受信者のアドレスが見つかりません\n\n"
    "n.okada@minato-shoji.example のメール システムで問題が発生しました。受信者のメール アドレスが存在しないか、見つかりませんでした。\n\n"
    "リモート サーバーから返されたエラー:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
    [("n.okada@minato-shoji.example", "5.1.10", "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      "userunknown", "failed")],
    charset="utf-8", cte="base64", frm="postmaster@minato-shoji.example",
    subject=enc_header("配信不能: 【ひかり通信】12月号のお知らせ", "utf-8"))
dsn("jp-exchange-quota-ja.eml", "OS3PR01MB5678.jpnprd01.prod.outlook.com", "198.51.100.74",
    "配信できませんでした: 受信者のメールボックスがいっぱいです\n\n"
    "t.hashimoto@aozora-kensetsu.example のメールボックスがいっぱいのため、メッセージを配信できませんでした。\n\n"
    "リモート サーバーから返されたエラー:\n552 5.2.2 STOREDRV.Deliver; mailbox full\n",
    [("t.hashimoto@aozora-kensetsu.example", "5.2.2", "smtp; 552 5.2.2 STOREDRV.Deliver; mailbox full", "mailboxfull", "failed")],
    charset="utf-8", cte="quoted-printable", frm="postmaster@aozora-kensetsu.example",
    subject=enc_header("配信不能: 【ひかり通信】12月号のお知らせ", "utf-8"))
plain("jp-activemail-unknown.eml", "am.tokai-bussan.example", "198.51.100.102",
      "Active! mail 配送エラー通知\n\n次の宛先にメッセージを配送できませんでした。\n\n"
      "宛先: m.kondo@tokai-bussan.example\n"
      "エラー: 550 5.1.1 ユーザが見つかりません (user not found)\n",
      [("m.kondo@tokai-bussan.example", "5.1.1", "550", "userunknown", "failed")],
      charset="iso-2022-jp", cte="7bit", frm="mailer-daemon@tokai-bussan.example",
      subject=enc_header("配送エラー通知", "iso-2022-jp"))
plain("jp-cybermail-size-limit.eml", "cm.hokuriku-denki.example", "198.51.100.103",
      "CyberMail からのお知らせ\n\n以下の宛先へのメールは、メッセージサイズが受信制限(10MB)を超えているため配信できませんでした。\n\n"
      "宛先: s.maeda@hokuriku-denki.example\n"
      "552 5.3.4 Message size exceeds fixed limit\n",
      [("s.maeda@hokuriku-denki.example", "5.3.4", "552", "emailtoolarge", "failed")],
      charset="shift_jis", cte="base64", frm="postmaster@hokuriku-denki.example",
      subject=enc_header("配信不能のお知らせ", "iso-2022-jp"))
plain("jp-hde-attachment-policy.eml", "gw.hde.naniwa-kogyo.example", "198.51.100.104",
      "HDE Mail Filter によりメールの受信が拒否されました。\n\n"
      "受信者: k.fujii@naniwa-kogyo.example\n"
      "理由: 社内ポリシーにより、外部からのパスワード付きZIPファイルの受信は禁止されています。\n"
      "550 5.7.1 Message rejected by policy\n",
      [("k.fujii@naniwa-kogyo.example", "5.7.1", "550", "policyviolation", "failed")],
      charset="utf-8", cte="base64", frm="postmaster@naniwa-kogyo.example",
      subject=enc_header("[HDE] 受信拒否のお知らせ", "utf-8"))
pfmail("jp-corp-relay-denied.eml", [
    ("soumu@kita-kyushu-unyu.example", "5.7.1", "554 5.7.1 <soumu@kita-kyushu-unyu.example>: Relay access denied", "norelaying", "failed",
     "mail.kita-kyushu-unyu.example[198.51.100.105]", "RCPT TO")])
pfmail("jp-corp-disabled-account.eml", [
    ("r.nishimura@chuo-insatsu.example", "5.2.1", "550 5.2.1 <r.nishimura@chuo-insatsu.example>: account disabled (retired employee)", "suspend", "failed",
     "mx.chuo-insatsu.example[198.51.100.106]", "RCPT TO")])
pfmail("jp-corp-no-ptr.eml", [
    ("eigyou@seto-tougei.example", "5.7.1", "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.25]", "requireptr", "failed",
     "mail.seto-tougei.example[198.51.100.107]", "RCPT TO")])
pfmail("jp-corp-spool-full.eml", [
    ("info@kobe-bakery.example", "4.3.1", "452 4.3.1 Insufficient system storage", "systemfull", "delayed",
     "mail.kobe-bakery.example[198.51.100.108]", "MAIL FROM")], delay_hrs=4)
# Our queue gave up after three days
dsn("jp-corp-gaveup-timeout.eml", OUR_MTA, OUR_IP, POSTFIX.format(h=OUR_MTA, lines=pf(
    "contact@nagano-ryokan.example", "connect to mail.nagano-ryokan.example[198.51.100.109]:25: Connection timed out")),
    [("contact@nagano-ryokan.example", "4.4.1", "X-Postfix; delivery temporarily suspended: connect to mail.nagano-ryokan.example[198.51.100.109]:25: Connection timed out",
      "expired", "failed")])
pfmail("jp-corp-moved.eml", [
    ("h.sugimoto@old-tanaka-shoten.example", "5.1.6", "551 5.1.6 User has moved; please try <h.sugimoto@tanaka-shoten-hd.example>", "hasmoved", "failed",
     "mail.old-tanaka-shoten.example[198.51.100.110]", "RCPT TO")])
pfmail("jp-corp-virus.eml", [
    ("keiri@osaka-denzai.example", "5.7.0", "554 5.7.0 Rejected: virus found in message (Heur.Macro.Downloader)", "virusdetected", "failed",
     "mail.osaka-denzai.example[198.51.100.111]", "end of DATA")])

# ---------------------------------------------------------------- Korea
pfmail("naver-unknown.eml", [
    ("minji_0415@naver.com", "5.1.1", "550 5.1.1 <minji_0415@naver.com> Recipient address rejected: User unknown", "userunknown", "failed",
     "mx1.naver.com[203.0.113.81]", "RCPT TO")])
pfmail("naver-mailbox-full.eml", [
    ("jhpark.dev@naver.com", "5.2.2", "552 5.2.2 <jhpark.dev@naver.com> Mailbox quota exceeded", "mailboxfull", "failed",
     "mx1.naver.com[203.0.113.81]", "RCPT TO")])
pfmail("naver-rate-delayed.eml", [
    ("soyeon.kim22@naver.com", "4.7.1", "421 4.7.1 Too many mails sent from 192.0.2.25, please retry later", "ratelimited", "delayed",
     "mx1.naver.com[203.0.113.81]", "MAIL FROM")], delay_hrs=3)
pfmail("naver-dormant-account.eml", [
    ("hyunwoo.lee@naver.com", "5.2.1", "550 5.2.1 <hyunwoo.lee@naver.com> This account is dormant (inactive user)", "suspend", "failed",
     "mx1.naver.com[203.0.113.81]", "RCPT TO")])
pfmail("daum-unknown.eml", [
    ("sunny_day88@hanmail.net", "5.1.1", "550 5.1.1 <sunny_day88@hanmail.net>: User unknown", "userunknown", "failed",
     "mx1.hanmail.net[203.0.113.82]", "RCPT TO")])
pfmail("daum-spam-reject.eml", [
    ("bookworm.j@daum.net", "5.7.1", "554 5.7.1 Message rejected as spam by content filter", "spamdetected", "failed",
     "mx1.hanmail.net[203.0.113.82]", "end of DATA")])
pfmail("kakao-mailbox-full.eml", [
    ("dongmin.c@kakao.com", "4.2.2", "452 4.2.2 <dongmin.c@kakao.com> mailbox is full", "mailboxfull", "delayed",
     "mx.kakao.com[203.0.113.83]", "RCPT TO")], delay_hrs=5)
pfmail("nate-unknown-two.eml", [
    ("jiwoo1004@nate.com", "5.1.1", "550 5.1.1 <jiwoo1004@nate.com> No such user", "userunknown", "failed",
     "mx.nate.com[203.0.113.84]", "RCPT TO"),
    ("taeyang.kang@nate.com", "5.1.1", "550 5.1.1 <taeyang.kang@nate.com> No such user", "userunknown", "failed",
     "mx.nate.com[203.0.113.84]", "RCPT TO")])
pfmail("kr-corp-blocked-rbl.eml", [
    ("purchase@hanbit-tech.example", "5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using KISA-RBL", "blocked", "failed",
     "mail.hanbit-tech.example[198.51.100.121]", "RCPT TO")])

# Naver notice in Korean, EUC-KR base64, recipient in text only
plain("naver-euckr-nouser.eml", "mx1.naver.com", "203.0.113.81",
      "메일 발송 실패 안내\n\n보내신 메일이 아래 주소로 전달되지 못했습니다.\n\n"
      "받는 사람: yuna.song@naver.com\n"
      "실패 사유: 받는 사람의 메일 주소가 존재하지 않습니다.\n\n네이버 메일\n",
      [("yuna.song@naver.com", "", "", "userunknown", "failed")],
      charset="euc-kr", cte="base64", frm="MAILER-DAEMON@naver.com",
      subject=enc_header("메일 발송 실패 안내", "euc-kr"))
# Daum in Korean, UTF-8 QP: mailbox capacity
plain("daum-utf8-capacity.eml", "mx1.hanmail.net", "203.0.113.82",
      "메일을 전달하지 못했습니다.\n\n수신자: green.tea77@hanmail.net\n"
      "사유: 수신자의 메일함 용량이 가득 차서 메일을 받을 수 없습니다.\n",
      [("green.tea77@hanmail.net", "", "", "mailboxfull", "failed")],
      charset="utf-8", cte="quoted-printable", frm="mailer-daemon@hanmail.net",
      subject=enc_header("[반송] 메일 전달 실패", "utf-8"))
# Terrace (Korean groupware), EUC-KR, recipient refused the sender
plain("kr-terrace-receive-block.eml", "mail.daehan-steel.example", "198.51.100.122",
      "Terrace Mail 반송 안내\n\n수신자 ms.han@daehan-steel.example 님이 수신 거부(차단) 설정한 발신자이므로 메일이 전달되지 않았습니다.\n",
      [("ms.han@daehan-steel.example", "", "", "filtered", "failed")],
      charset="euc-kr", cte="base64", frm="postmaster@daehan-steel.example",
      subject=enc_header("메일 반송 안내", "euc-kr"))
# Mailplug: unknown account, UTF-8 base64, 550 in the text
plain("kr-mailplug-nouser.eml", "mx.mailplug.example", "198.51.100.123",
      "Mailplug 메일 반송\n\n다음 수신자에게 메일을 전달하지 못했습니다.\n\n"
      "jh.yoon@seoul-design.example : 550 5.1.1 존재하지 않는 계정입니다 (No such account)\n",
      [("jh.yoon@seoul-design.example", "5.1.1", "550", "userunknown", "failed")],
      charset="utf-8", cte="base64", frm="postmaster@mailplug.example",
      subject=enc_header("반송: 【ひかり通信】12月号", "utf-8"))
dsn("kr-exchange-ko-unknown.eml", "SL2P216MB1111.KORP216.PROD.OUTLOOK.COM", "198.51.100.124",
    "배달할 수 없음: 받는 사람의 주소를 찾을 수 없습니다\n\n"
    "sh.jang@busan-marine.example 의 메일 시스템에서 문제가 발생했습니다. 받는 사람의 전자 메일 주소를 찾을 수 없습니다.\n\n"
    "원격 서버에서 반환된 오류:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
    [("sh.jang@busan-marine.example", "5.1.10", "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      "userunknown", "failed")],
    charset="utf-8", cte="base64", frm="postmaster@busan-marine.example",
    subject=enc_header("배달 못함: 【ひかり通信】12月号", "utf-8"))
dsn("kr-exchange-sender-blocked.eml", "SE2P216MB2222.KORP216.PROD.OUTLOOK.COM", "198.51.100.125",
    "배달할 수 없음: 보낸 사람이 차단됨\n\n수신 조직의 정책에 의해 보낸 사람 news@mailer.hikari-tsushin.example 이(가) 차단되었습니다.\n\n"
    "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized (sender blocked by recipient organization policy)\n",
    [("ceo@incheon-logis.example", "5.7.1", "smtp; 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized (sender blocked by recipient organization policy)",
      "policyviolation", "failed")],
    charset="utf-8", cte="base64", frm="postmaster@incheon-logis.example",
    subject=enc_header("배달 못함: 【ひかり通信】12月号", "utf-8"))
dsn("kr-corp-domain-gone.eml", OUR_MTA, OUR_IP, POSTFIX.format(h=OUR_MTA, lines=pf(
    "admin@closed-startup.example", "Host or domain name not found. Name service error for name=closed-startup.example type=AAAA: Host not found")),
    [("admin@closed-startup.example", "5.4.4", "X-Postfix; Host or domain name not found. Name service error for name=closed-startup.example type=AAAA: Host not found",
      "hostunknown", "failed")])

# ---------------------------------------------------------------- more everyday ones, multi-recipient mixes
pfmail("mixed-jp-three-reasons.eml", [
    ("miku.aoyama@yahoo.co.jp", "5.0.0", "553 5.0.0 <miku.aoyama@yahoo.co.jp>... No such user", "userunknown", "failed",
     "mx.mail.yahoo.co.jp[203.0.113.51]", "RCPT TO"),
    ("yamada-taro@docomo.ne.jp", "5.0.0", "550 Unknown user yamada-taro@docomo.ne.jp", "userunknown", "failed",
     "mfsmax.docomo.ne.jp[203.0.113.11]", "RCPT TO"),
    ("cafe.lover@ocn.ne.jp", "5.2.2", "552 5.2.2 <cafe.lover@ocn.ne.jp>: Mailbox full", "mailboxfull", "failed",
     "mfmx.ocn.ad.jp[203.0.113.41]", "RCPT TO")])
pfmail("ezweb-mailbox-full.eml", [
    ("kurumi.s-1111@ezweb.ne.jp", "5.2.2", "552 5.2.2 <kurumi.s-1111@ezweb.ne.jp>: Mailbox full", "mailboxfull", "failed",
     "lsean.ezweb.ne.jp[203.0.113.21]", "RCPT TO")])
pfmail("softbank-reception-refused.eml", [
    ("rei-0801@i.softbank.jp", "5.7.1", "550 5.7.1 Refused by the recipient's reception restriction settings", "filtered", "failed",
     "mx.i.softbank.jp[203.0.113.31]", "end of DATA")])
pfmail("docomo-mailbox-full.eml", [
    ("ai-love.3@docomo.ne.jp", "4.2.2", "452 4.2.2 Mailbox full", "mailboxfull", "delayed",
     "mfsmax.docomo.ne.jp[203.0.113.11]", "RCPT TO")], delay_hrs=8)
pfmail("gmail-jp-suspended.eml", [
    ("old.account.kei@gmail.com", "5.2.1", "550-5.2.1 The email account that you tried to reach is disabled. https://support.google.com/mail/?p=DisabledUser f8si.4 - gsmtp",
     "suspend", "failed", "gmail-smtp-in.l.google.com[198.51.100.27]", "RCPT TO")])
pfmail("outlook-jp-rate-throttled.eml", [
    ("nana.h@hotmail.co.jp", "4.7.650", "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. (S775)",
     "ratelimited", "delayed", "hotmail-co-jp.olc.protection.outlook.com[198.51.100.72]", "MAIL FROM")], delay_hrs=3)
pfmail("yahoojp-sender-refused.eml", [
    ("hikaru_mm@yahoo.co.jp", "5.1.8", "553 5.1.8 Sender address rejected: Domain of sender address does not resolve", "rejected", "failed",
     "mx.mail.yahoo.co.jp[203.0.113.51]", "MAIL FROM")])
pfmail("naver-too-large.eml", [
    ("creative.jin@naver.com", "5.3.4", "552 5.3.4 Message size exceeds the limit of the recipient mailbox (20MB)", "emailtoolarge", "failed",
     "mx1.naver.com[203.0.113.81]", "end of DATA")])
pfmail("jp-corp-tls-required.eml", [
    ("kanri@shizuoka-cha.example", "5.7.10", "530 5.7.10 Must issue a STARTTLS command first; TLS is required by policy", "failedstarttls", "failed",
     "mail.shizuoka-cha.example[198.51.100.112]", "MAIL FROM")])
pfmail("ocn-unknown-two.eml", [
    ("tsuyoshi-k@mbr.ocn.ne.jp", "5.1.1", "550 5.1.1 <tsuyoshi-k@mbr.ocn.ne.jp>: Recipient address rejected: User unknown", "userunknown", "failed",
     "mfmx.ocn.ad.jp[203.0.113.41]", "RCPT TO"),
    ("kumiko_n@violet.plala.or.jp", "5.1.1", "550 5.1.1 <kumiko_n@violet.plala.or.jp>: Recipient address rejected: User unknown", "userunknown", "failed",
     "mx.plala.or.jp[203.0.113.45]", "RCPT TO")])
pfmail("daum-user-not-found.eml", [
    ("minsu.oh@daum.net", "5.1.1", "550 5.1.1 <minsu.oh@daum.net> User not found", "userunknown", "failed",
     "mx1.hanmail.net[203.0.113.82]", "RCPT TO")])

# ---------------------------------------------------------------- near-misses (no record)
nb("nb-reply-ja-unsubscribe.eml", "mx.yahoo.co.jp", "203.0.113.51", "佐藤 恵美 <emi.sato_1974@yahoo.co.jp>",
   SENDER, enc_header("Re: 【ひかり通信】12月号のお知らせ", "iso-2022-jp"),
   "いつもお世話になっております。\n\n配信停止をお願いしたいのですが、メールが届かない(宛先不明で戻ってくる)と言われた\n"
   "母のアドレス haha-sato@docomo.ne.jp も一緒に削除してください。\n\n佐藤\n", "iso-2022-jp", "7bit")
nb("nb-reply-ko-question.eml", "mx1.naver.com", "203.0.113.81", "박서연 <seoyeon.park@naver.com>", SENDER,
   enc_header("Re: 뉴스레터 수신 문의", "utf-8"),
   "안녕하세요.\n\n지난주에 메일함 용량이 가득 차서 뉴스레터를 못 받았는데, 다시 보내주실 수 있나요?\n\n박서연 드림\n", "euc-kr", "base64")
nb("nb-docomo-setting-guide.eml", "mail.docomo.ne.jp", "203.0.113.12", "ドコモ <info@mail.docomo.ne.jp>",
   "chie.ocean_88@docomo.ne.jp", enc_header("【重要】迷惑メール対策設定の見直しのお願い", "iso-2022-jp"),
   "いつもドコモをご利用いただきありがとうございます。\n\n受信拒否設定や指定受信設定により、必要なメールが届かない場合があります。\n"
   "My docomoから設定を確認してください。\n", "iso-2022-jp", "7bit")
nb("nb-au-reception-notice.eml", "info.au.com", "203.0.113.23", "au お客さまセンター <info@au.com>",
   "riko.h.1120@au.com", enc_header("迷惑メールフィルター設定変更のお知らせ", "iso-2022-jp"),
   "迷惑メールフィルターの設定が変更されました。\n受信リストに登録されていないアドレスからのメールは受信拒否されます。\n", "shift_jis", "base64")
nb("nb-softbank-spam-report.eml", "mail.softbank.jp", "203.0.113.32", "SoftBank <no-reply@mail.softbank.jp>",
   "kaito.ballpark@i.softbank.jp", enc_header("迷惑メールブロック状況のお知らせ", "iso-2022-jp"),
   "今月ブロックした迷惑メールは 42 件です。\nなりすましメール拒否設定は有効です。\n", "utf-8", "base64")
nb("nb-mobile-spam-ja.eml", "198.51.100.200", "198.51.100.200", "=?UTF-8?B?44K144Od44O844OI?= <support@kakin-center.example>",
   "yuu_kitty22@docomo.ne.jp", enc_header("【未納料金】本日中にご確認ください", "utf-8"),
   "未納料金があります。本日中にお支払いがない場合、法的手続きに移行します。\nhttps://kakin-center.example/pay\n", "utf-8", "base64")
nb("nb-mobile-spam-ko.eml", "198.51.100.201", "198.51.100.201", "택배 <delivery@kr-parcel.example>",
   "minji_0415@naver.com", enc_header("[배송실패] 주소 불일치로 반송되었습니다", "utf-8"),
   "고객님의 택배가 주소 불일치로 반송되었습니다. 아래 링크에서 주소를 수정하세요.\nhttps://kr-parcel.example/fix\n", "utf-8", "base64")
nb("nb-helpdesk-ticket-ja.eml", "support.hikari-tsushin.example", "192.0.2.40", "サポート <support@hikari-tsushin.example>",
   "ops@hikari-tsushin.example", enc_header("[#4821] 配信エラーについて", "iso-2022-jp"),
   "お客様から以下のエラーが届いたとの問い合わせです。\n\n> 550 5.1.1 <kazu.oyaji@nifty.com>: User unknown\n\n"
   "アドレスの入力ミスと思われます。対応お願いします。\n", "iso-2022-jp", "7bit")
nb("nb-helpdesk-ticket-ko.eml", "support.hikari-tsushin.example", "192.0.2.40", "고객지원 <support-kr@hikari-tsushin.example>",
   "ops@hikari-tsushin.example", enc_header("[티켓 #5102] 반송 메일 문의", "utf-8"),
   "고객이 받은 오류 메시지입니다:\n\n  452 4.2.2 mailbox is full\n\n고객에게 메일함 정리를 안내했습니다.\n", "utf-8", "base64")
nb("nb-yahoojp-login-notice.eml", "mail.yahoo.co.jp", "203.0.113.52", "Yahoo! JAPAN <no-reply@mail.yahoo.co.jp>",
   "neko_daisuki_0222@yahoo.co.jp", enc_header("【Yahoo! JAPAN】ログインのお知らせ", "iso-2022-jp"),
   "新しい端末からYahoo! JAPAN IDへのログインがありました。\n心当たりがない場合はパスワードを変更してください。\n", "iso-2022-jp", "7bit")
nb("nb-naver-login-alert.eml", "mail.naver.com", "203.0.113.85", "네이버 <navercorp@navercorp.com>",
   "jhpark.dev@naver.com", enc_header("[네이버] 새로운 기기에서 로그인되었습니다", "utf-8"),
   "새로운 기기에서 로그인되었습니다. 본인이 아닌 경우 비밀번호를 변경해 주세요.\n", "utf-8", "base64")
nb("nb-reply-ja-address-change.eml", "mx.nifty.com", "203.0.113.43", "小林 <kobayashi.h@nifty.com>", SENDER,
   enc_header("Re: 【ひかり通信】12月号のお知らせ", "iso-2022-jp"),
   "メールアドレスを変更しました。旧アドレスは今月末で廃止され、届かなくなります。\n新: kobayashi.h2@ocn.ne.jp\n", "iso-2022-jp", "7bit")
nb("nb-reply-ko-wrong-person.eml", "mx.nate.com", "203.0.113.84", "정민호 <mh.jung@nate.com>", SENDER,
   enc_header("Re: 뉴스레터", "euc-kr"),
   "저는 이 뉴스레터를 신청한 적이 없습니다. 주소가 잘못된 것 같으니 삭제해 주세요.\n", "euc-kr", "base64")
nb("nb-outlook-storage-warning.eml", "outlook.jp", "198.51.100.75", "Microsoft アカウント <account-security-noreply@accountprotection.microsoft.com>",
   "yuki_m_1985@outlook.jp", enc_header("Outlook.com のストレージがほぼいっぱいです", "utf-8"),
   "メールボックスの使用量が 95% に達しました。容量がいっぱいになると、メールを送受信できなくなります。\n", "utf-8", "base64")
nb("nb-gmail-forward-confirm.eml", "mail-sor-f41.google.com", "198.51.100.28", "Gmail チーム <forwarding-noreply@google.com>",
   "misaki.k.work@gmail.com", enc_header("Gmail の転送の確認", "utf-8"),
   "misaki.k.private@yahoo.co.jp から、このアドレスへのメール転送の依頼がありました。\n確認コード: 583920\n", "utf-8", "base64")
nb("nb-kakao-dormant-notice.eml", "mail.kakao.com", "203.0.113.86", "카카오 <noreply@kakaocorp.com>",
   "dongmin.c@kakao.com", enc_header("[카카오] 휴면 계정 전환 예정 안내", "utf-8"),
   "1년 이상 로그인하지 않아 30일 후 휴면 계정으로 전환될 예정입니다.\n", "utf-8", "base64")
nb("nb-jp-ops-daily-report.eml", "ops.hikari-tsushin.example", "192.0.2.41", "配信システム <ops@hikari-tsushin.example>",
   "marketing@hikari-tsushin.example", enc_header("配信結果レポート 12/02", "utf-8"),
   "配信数: 48,210\nエラー: 312 (宛先不明 201, 容量超過 54, 受信拒否 57)\n", "utf-8", "base64")
nb("nb-biglobe-maintenance.eml", "mail.biglobe.ne.jp", "203.0.113.48", "BIGLOBE <info@biglobe.ne.jp>",
   "ab12-cd@kfa.biglobe.ne.jp", enc_header("メールサーバメンテナンスのお知らせ", "iso-2022-jp"),
   "12月10日 2:00-5:00 にメールサーバのメンテナンスを行います。この間、メールの送受信が遅延する場合があります。\n", "iso-2022-jp", "7bit")
nb("nb-reply-ja-vacation-human.eml", "mail.minato-shoji.example", "198.51.100.76", "岡田 <n.okada2@minato-shoji.example>", SENDER,
   enc_header("Re: 【ひかり通信】12月号のお知らせ", "iso-2022-jp"),
   "前の担当者 n.okada は退職しました。今後は私宛てにお送りください。\n", "iso-2022-jp", "7bit")
nb("nb-kr-it-notice-quota.eml", "mail.daehan-steel.example", "198.51.100.122", "전산팀 <it@daehan-steel.example>",
   "all@daehan-steel.example", enc_header("[공지] 메일함 용량 정책 변경", "euc-kr"),
   "다음 달부터 개인 메일함 용량이 10GB로 제한됩니다. 초과 시 메일 수신이 거부될 수 있습니다.\n", "euc-kr", "base64")

write_expected(os.path.join(OUT, "expected.jsonl"))
