#!/usr/bin/env python3
"""Writes testdata/unseen/batch-38: one night of a Japanese company's bounce
mailbox beyond the mobile carriers: Japanese Exchange and Microsoft 365 NDRs
(配信不能, 配信の遅延), Google Workspace notices in Japanese, hosting and ISP
mail servers (Sakura, Xserver, Lolipop, KAGOYA, NIFTY, BIGLOBE, OCN, So-net,
eo), old qmail/Postfix/Sendmail servers with Japanese templates, auto-replies
(自動応答/不在通知), and near-misses in not-bounce/ (replies, provider
notices, メルマガ, spam), in ISO-2022-JP, Shift_JIS, EUC-JP and UTF-8.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch38.py [DIR]"""
import base64
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dt, expect, mail, mid, multipart, part,  # noqa: E402
                       qp, received, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

CO = "kaede-shoji.example"          # the company whose bounce mailbox this is
CO_IP = "203.0.113.25"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hdr(text, charset="iso-2022-jp"):
    """An RFC 2047 encoded word (B), split so lines stay short."""
    if all(ord(c) < 128 for c in text):
        return text
    words = []
    chunk = ""
    for c in text:
        if len((chunk + c).encode(charset)) > 36:
            words.append(chunk)
            chunk = ""
        chunk += c
    if chunk:
        words.append(chunk)
    return "\n ".join("=?%s?B?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8",
                                       base64.b64encode(w.encode(charset)).decode()) for w in words)


def body(text, charset, cte=None, subtype="plain"):
    """A text part in a Japanese charset: ISO-2022-JP as 7bit, others base64
    or quoted-printable."""
    if charset == "iso-2022-jp":
        cte = cte or "7bit"
        raw = text.encode("iso-2022-jp").decode("ascii")
    elif charset == "us-ascii":
        cte = "7bit"
        raw = text
    else:
        cte = cte or "base64"
        if cte == "base64":
            b = base64.b64encode(text.encode(charset)).decode()
            raw = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
        else:
            raw = qp(text, charset)
    return part(f"text/{subtype}; charset={charset if charset != 'us-ascii' else 'us-ascii'}", raw, cte)


def orig(name, frm, to, subj, date, host="mail." + CO):
    return (f"Received: from pc-{qid(name, 4).lower()}.{CO} ([192.168.10.{int(qid(name, 2), 16) % 200 + 20}])\n"
            f"\tby {host} (Postfix) with ESMTPSA id {qid(name + 'o', 10)};\n\t{date}\n"
            f"From: {frm}\nTo: {to}\nSubject: {hdr(subj)}\nDate: {date}\n"
            f"Message-ID: {mid(name + '/orig', CO)}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n")


def hops(name, by, sw, date, frm="localhost", ip="127.0.0.1"):
    """The notice's way in: the reporting host, then the company's MX."""
    ip2 = "198.51.100." + str(int(qid(name, 2), 16) % 250 + 2)
    return received([(by, ip2, "mx01." + CO, "Postfix", qid(name + "mx"), date, None),
                     (frm, ip, by, sw, qid(name), date, None)])


def reply_of(diag):
    m = re.search(r"\b([245]\d\d)[ -]", diag or "")
    return m.group(1) if m else ""


def status_of(diag):
    m = re.search(r"\b([245]\.\d{1,3}\.\d{1,3})\b", diag or "")
    return m.group(1) if m else ""


def add_expect(name, rcpts, vendor):
    for r in rcpts:
        st = r.get("status", status_of(r.get("diag", "")))
        rc = r.get("reply", reply_of(r.get("diag", "")))
        expect(name, r["final"], r["reason"], hard=r.get("hard", False), status=st, reply=rc,
               action=r.get("action", "failed"), vendor=vendor)


def report(name, *, frm, subject, date, host, sw, text, rcpts, osubj, charset, cte=None, sender=None,
           vendor="", returned="headers", extra=(), html=None, odate=None, to=None):
    """A multipart/report DSN whose human part is Japanese."""
    sender = sender or f"eigyo@{CO}"
    odate = odate or date
    tp = body(text, charset, cte)
    if html is not None:
        tp = multipart("alternative", [tp, body(html, charset, cte, "html")], boundary(name, 2), "")
    dsn = []
    for r in rcpts:
        r.setdefault("status", status_of(r.get("diag")) or ("4.0.0" if r.get("action") == "delayed" else "5.0.0"))
        d = {"final": r["final"], "action": r.get("action", "failed"), "status": r["status"],
             "remote": r.get("remote"), "diag": (r.get("diag") or "").replace("\n", "\n        ")}
        if r.get("action") == "delayed":
            d["will_retry"] = r.get("will_retry")
        dsn.append(d)
    parts = [tp, delivery_status(host, dsn, arrival=odate)]
    o = orig(name, sender, ", ".join(r["final"] for r in rcpts), osubj, odate)
    if returned == "headers":
        parts.append(part("text/rfc822-headers", o, cte=None))
    else:
        parts.append(part("message/rfc822", o + "\n" + "(honbun)\n", cte=None))
    heads = [hops(name, host, sw, date), ("Date", date), ("From", frm), ("To", to or sender),
             ("Subject", hdr(subject)), ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    text_all = mail(heads, multipart("report", parts, boundary(name), " report-type=delivery-status;"))
    write(OUT, name, text_all)
    add_expect(name, rcpts, vendor)


def plain(name, *, frm, subject, date, host, sw, text, rcpts, osubj, charset, cte=None, sender=None,
          vendor="", extra=(), auto=True, with_orig=True, outdir=None, to=None):
    """A notice without a DSN part: the text, then (optionally) the returned
    message as message/rfc822."""
    sender = sender or f"eigyo@{CO}"
    tp = body(text, charset, cte)
    if "<" in frm and any(ord(c) > 127 for c in frm):
        dn, addr = frm.split("<", 1)
        frm = hdr(dn.strip()) + " <" + addr
    heads = [hops(name, host, sw, date), ("Date", date), ("From", frm), ("To", to or sender),
             ("Subject", hdr(subject, "iso-2022-jp" if charset != "utf-8" else "utf-8")),
             ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    if with_orig:
        o = orig(name, sender, ", ".join(r["final"] for r in rcpts) or "info@" + CO, osubj, date)
        b = multipart("mixed", [tp, part("message/rfc822", o + "\n" + "(honbun shouryaku)\n", cte=None)], boundary(name), "")
    else:
        b = tp
    write(outdir or OUT, name, mail(heads, b))
    if outdir is None:
        add_expect(name, rcpts, vendor)


# --------------------------------------------------------------- templates

def m365(name, rcpts, osubj, date, expl, tenant="TYCPR01MB8123.jpnprd01.prod.outlook.com", charset="utf-8",
         sender=None, vendor="microsoft"):
    lines = []
    for r in rcpts:
        where = f" at {r['remote']} ({r['rip']})" if r.get("rip") else ""
        lines.append(f"{r['final']}\nRemote Server{where} returned '{r['diag']}'")
    first = rcpts[0]["final"]
    text = (f"{first} にメッセージを配信できませんでした。\n\n{expl}\n\n"
            "メールを再送信する必要がある場合は、受信者のアドレスを確認してからもう一度送信してください。"
            "問題が解決しない場合は、メール管理者に連絡してください。\n\n"
            "診断情報 (管理者用):\n\n"
            f"生成元サーバー: {tenant}\n\n" + "\n\n".join(lines) + "\n\n元のメッセージ ヘッダー:\n\n(省略)\n")
    report(name, frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{CO}>",
           subject="配信不能: " + osubj, date=date, host=tenant, sw="Microsoft SMTP Server", text=text, rcpts=rcpts,
           osubj=osubj, charset=charset, sender=sender, vendor=vendor,
           extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "ja-JP")])


def exch_onprem(name, rcpts, osubj, date, host="EXCH01.corp.tsubaki-denki.example", charset="iso-2022-jp",
                sender=None, vendor="exchange"):
    blk = []
    for r in rcpts:
        blk.append(f"{r['final']}\n{r.get('ja', '')}".rstrip())
    diag = "\n\n".join(f"{r['final']}\n{r.get('remote', 'mx.example') or host}\nRemote Server returned '{r['diag']}'" for r in rcpts)
    text = ("次の受信者またはグループへの配信に失敗しました:\n\n" + "\n\n".join(blk) + "\n\n"
            "診断情報 (管理者用):\n\n" f"生成元サーバー: {host}\n\n" + diag + "\n\n元のメッセージ ヘッダー:\n\n(省略)\n")
    report(name, frm=f"postmaster@{host.split('.', 1)[1]}", subject="配信不能: " + osubj, date=date, host=host.lower(),
           sw="Microsoft SMTP Server (TLS) id 15.1.2507.35", text=text, rcpts=rcpts, osubj=osubj, charset=charset,
           sender=sender, vendor=vendor, extra=[("X-MS-Exchange-Message-Is-Ndr", "")])


def exch_delay(name, r, osubj, date, host, remaining, charset="iso-2022-jp", o365=False):
    gen = host
    text = ("配信はまだ完了していません。\n\n次の受信者への配信が遅延しています:\n\n"
            f"{r['final']}\n\n件名: {osubj}\n\n"
            "このメッセージはまだ配信されていません。配信は引き続き試行されます。\n\n"
            f"サーバーは、あと {remaining} 配信を試行し続けます。"
            "配信できなかった場合は、通知が送信されます。\n\n"
            f"診断情報 (管理者用):\n\n生成元サーバー: {gen}\n\n{r['final']}\n"
            + (f"Remote Server at {r['remote']} ({r['rip']}) returned '{r['diag']}'" if r.get("rip") else r["diag"]) + "\n")
    r = dict(r, action="delayed")
    report(name, frm=(f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{CO}>" if o365
                      else f"postmaster@{host.split('.', 1)[1]}"),
           subject="配信の遅延: " + osubj, date=date, host=host.lower(), sw="Microsoft SMTP Server", text=text,
           rcpts=[r], osubj=osubj, charset=charset, vendor="microsoft" if o365 else "exchange",
           extra=[("X-MS-Exchange-Message-Is-Ndr", "")])


def gws(name, rcpts, osubj, date, expl, charset="utf-8", delayed=False, sender=None):
    host = "mail-sor-f41.google.com"
    r0 = rcpts[0]
    dom = r0["final"].split("@")[1]
    if delayed:
        subject = "Delivery Status Notification (Delay)"
        text = (f"** メッセージの配信が遅れています **\n\n{r0['final']} へのメッセージの配信に一時的な問題が発生しています。"
                f"\nGmail は引き続き配信を試みます。{expl}\n\n"
                f"{dom} のサーバーから次のエラーが返されました:\n\n{r0['diag']}\n")
    else:
        subject = "Delivery Status Notification (Failure)"
        text = (f"** メールを配信できませんでした **\n\n{expl}\n\n"
                + "\n\n".join(f"{r['final']}\n{r['final'].split('@')[1]} のサーバーから次のエラーが返されました:\n{r['diag']}" for r in rcpts) + "\n")
    report(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject=subject, date=date,
           host="mx.google.com", sw="Google Transport Security", text=text, rcpts=rcpts, osubj=osubj, charset=charset,
           sender=sender or f"soumu@{CO}", vendor="gmail", extra=[("X-Failed-Recipients", ", ".join(r["final"] for r in rcpts))])


def postfix_ja(name, rcpts, osubj, date, host, charset="iso-2022-jp", vendor="", returned="headers", sender=None):
    blk = "\n\n".join(f"<{r['final']}>: {r['pftext']}" for r in rcpts)
    text = (f"これは {host} のメールシステムです。\n\n"
            "申し訳ありませんが、あなたのメッセージを以下の宛先に配信できませんでした。\n"
            "元のメッセージを添付します。\n\n"
            "お問い合わせの際は、このエラーレポートを添付してください。\n\n"
            "                   メールシステム\n\n" + blk + "\n")
    report(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)",
           subject="Undelivered Mail Returned to Sender", date=date, host=host, sw="Postfix", text=text,
           rcpts=rcpts, osubj=osubj, charset=charset, vendor=vendor, returned=returned, sender=sender)


def postfix_delay_ja(name, r, osubj, date, host, hours, days, charset="iso-2022-jp", vendor=""):
    text = (f"これは {host} のメールシステムです。\n\n"
            "##############################################################\n"
            "# これは警告です。メッセージを再送信する必要はありません。 #\n"
            "##############################################################\n\n"
            f"あなたのメッセージは {hours} 時間以上配信できていません。\n"
            f"メッセージが {days} 日経過するまで再試行を続けます。\n\n"
            "                   メールシステム\n\n"
            f"<{r['final']}>: {r['pftext']}\n")
    report(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)",
           subject="Delayed Mail (still being retried)", date=date, host=host, sw="Postfix", text=text,
           rcpts=[dict(r, action="delayed")], osubj=osubj, charset=charset, vendor=vendor)


def qmail_ja(name, rcpts, osubj, date, host, charset="iso-2022-jp", vendor=""):
    blk = "\n\n".join(f"<{r['final']}>:\n{r['qtext']}" for r in rcpts)
    text = (f"こんにちは。こちらは {host} の qmail-send プログラムです。\n"
            "申し訳ありませんが、以下のアドレスへメッセージを配信できませんでした。\n"
            "これは永久的なエラーです。配信をあきらめました。\n\n" + blk +
            "\n\n--- 以下は元のメッセージのコピーです。\n\n")
    for r in rcpts:
        r.setdefault("status", status_of(r["qtext"]))
        r.setdefault("reply", reply_of(r["qtext"]))
    plain(name, frm=f"MAILER-DAEMON@{host}", subject="failure notice", date=date, host=host, sw="qmail 1.03",
          text=text, rcpts=rcpts, osubj=osubj, charset=charset, vendor=vendor, auto=False)


def sendmail_ja(name, rcpts, osubj, date, host, charset="euc-jp", vendor="", cte="base64"):
    lst = "\n".join(f"<{r['final']}>\n    (reason: {r['diag']})" for r in rcpts)
    trans = "\n".join(f"... while talking to {r['remote']}.:\n>>> {r.get('cmd', 'RCPT To:<' + r['final'] + '>')}\n<<< {r['diag']}\n"
                      f"{r['diag'][:3]} {r['diag'][4:]}" for r in rcpts if r.get("remote"))
    trans = trans or "\n".join(f"{r['diag'][:3]} {r['diag'][4:]}" for r in rcpts)
    text = ("このメッセージは MAILER-DAEMON によって自動生成されています。\n\n"
            f"メッセージは {date} に受信されました。\n\n"
            "   ----- 次のアドレスにはメッセージを配信できませんでした -----\n" + lst + "\n\n"
            "   ----- 配信時のやり取り -----\n" + trans + "\n")
    report(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
           subject="Returned mail: see transcript for details", date=date, host=host, sw="8.14.4/8.14.4", text=text,
           rcpts=rcpts, osubj=osubj, charset=charset, cte=cte, vendor=vendor)


def isp_notice(name, rcpts, osubj, date, host, frm, subject, text, charset="iso-2022-jp", vendor="", cte=None):
    for r in rcpts:
        r.setdefault("status", status_of(text if len(rcpts) == 1 else r.get("diag", "")))
        r.setdefault("reply", reply_of(text if len(rcpts) == 1 else r.get("diag", "")))
    plain(name, frm=frm, subject=subject, date=date, host=host, sw="ESMTP", text=text, rcpts=rcpts, osubj=osubj,
          charset=charset, vendor=vendor, cte=cte)


def R(final, reason, diag="", hard=None, **kw):
    if hard is None:
        st = kw.get("status", status_of(diag))
        hard = (reason in ("userunknown", "hostunknown", "hasmoved", "notaccept") and kw.get("action") != "delayed"
                and not st.startswith("4"))
    d = {"final": final, "reason": reason, "diag": diag, "hard": hard}
    d.update(kw)
    return d


D = lambda d, h, m: dt(2026, 12, d, h, m, (d * 7 + h * 3 + m) % 60, "+0900")  # noqa: E731


# ====================================================== Microsoft 365 (配信不能)
m365("m365-ja-5.1.10-recipient-not-found.eml",
     [R("k.mori@hinoki-kensetsu.example", "userunknown",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.mori@hinoki-kensetsu.example not found by SMTP address lookup")],
     "12月分 請求書の送付", D(3, 18, 2),
     "hinoki-kensetsu.example のメール システムで受信者のアドレスが見つかりませんでした。"
     "アドレスの入力ミスか、受信者が存在しない可能性があります。")
m365("m365-ja-remote-mailbox-full.eml",
     [R("a.shiraishi@shirakaba-seimitsu.example", "mailboxfull",
        "552 5.2.2 <a.shiraishi@shirakaba-seimitsu.example>: Mailbox full, quota exceeded",
        remote="mx1.shirakaba-seimitsu.example", rip="192.0.2.44")],
     "打合せ日程のご相談", D(3, 18, 5),
     "受信者のメールボックスがいっぱいで、これ以上メッセージを受信できません。時間をおいて再送信してください。")
m365("m365-ja-content-filter-spam.eml",
     [R("info@yamabuki-ryokan.example", "spamdetected",
        "550 5.7.1 Message rejected as spam by Content Filtering.",
        remote="mail.yamabuki-ryokan.example", rip="192.0.2.61")],
     "【楓商事】年末年始休業のお知らせ", D(3, 18, 9),
     "yamabuki-ryokan.example のメール サーバーが、メッセージを迷惑メールと判断して受信を拒否しました。")
m365("m365-ja-hop-count-loop.eml",
     [R("support@asagao-soft.example", "networkerror",
        "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [OS3PR01MB6612.jpnprd01.prod.outlook.com]")],
     "サポート契約更新の件", D(3, 18, 11),
     "メッセージが転送を繰り返したため配信できませんでした。メール ループが発生している可能性があります。")
m365("m365-ja-spf-5.7.23.eml",
     [R("keiri@momiji-unyu.example", "authfailure",
        "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
        remote="momiji-unyu-example.mail.protection.outlook.com", rip="192.0.2.90")],
     "振込先変更のお願い", D(3, 18, 14),
     "送信者の SPF 検証に失敗したため、受信者のドメインがメッセージを拒否しました。")
m365("m365-ja-two-unknown-and-disabled.eml",
     [R("t.ishikawa@kashiwa-denki.example", "userunknown",
        "550 5.1.1 <t.ishikawa@kashiwa-denki.example>: User unknown", remote="mx.kashiwa-denki.example", rip="192.0.2.71"),
      R("h.ono@kashiwa-denki.example", "suspend",
        "550 5.2.1 <h.ono@kashiwa-denki.example>: Mailbox disabled, not accepting messages",
        remote="mx.kashiwa-denki.example", rip="192.0.2.71")],
     "新製品説明会のご案内", D(3, 18, 16),
     "受信者のメール サーバーが、このメッセージの受信を拒否しました。")
m365("m365-ja-5.7.708-ip-not-accepted.eml",
     [R("order@suzuran-foods.example", "blocked",
        "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [TYCPR01MB8123.jpnprd01.prod.outlook.com]")],
     "発注書 No.38-1102", D(3, 18, 20),
     "送信元の IP アドレスからのメールは受け付けられていません。メール管理者に連絡してください。")
m365("m365-ja-5.3.4-size.eml",
     [R("sekkei@kunugi-koumuten.example", "emailtoolarge",
        "552 5.3.4 Message size exceeds fixed maximum message size",
        remote="mail.kunugi-koumuten.example", rip="192.0.2.102")],
     "図面データ一式 (CAD)", D(3, 18, 23),
     "メッセージのサイズが受信者のメール システムの上限を超えています。添付ファイルを小さくして再送信してください。")
m365("m365-ja-5.4.310-domain-missing.eml",
     [R("hanbai@kaeru-tsuhan.example", "hostunknown",
        "550 5.4.310 DNS domain kaeru-tsuhan.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=kaeru-tsuhan.example]")],
     "販売代理店契約書ご確認", D(3, 18, 26),
     "受信者のドメイン kaeru-tsuhan.example は DNS に存在しません。アドレスのドメイン部分を確認してください。")
m365("m365-ja-5.4.316-expired-refused.eml",
     [R("soumu@hotaru-gakuen.example", "expired",
        "550 5.4.316 Message expired, connection refused(Socket error code 10061)")],
     "講演会の講師ご依頼", D(3, 18, 29),
     "メッセージは有効期限切れになりました。受信者のサーバーへの接続を 2 日間試行しましたが、配信できませんでした。")

# ================================================= Exchange on-premises (配信不能)
EX = "EXCH01.corp.kaede-shoji.example"
exch_onprem("exch2016-ja-virtual-user-unknown.eml",
            [R("y.kato@sakura-yakuhin.example", "userunknown",
               "550 5.1.1 <y.kato@sakura-yakuhin.example>: Recipient address rejected: User unknown in virtual mailbox table",
               remote="mx.sakura-yakuhin.example", ja="受信者のメール アドレスが見つかりませんでした。")],
            "サンプル出荷の件", D(3, 18, 31), host=EX)
exch_onprem("exch2013-ja-internal-quota.eml",
            [R("n.aoki@" + CO, "mailboxfull",
               "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
               remote=EX, ja="受信者のメールボックスがいっぱいのため、メッセージを配信できません。")],
            "社内報 12月号", D(3, 18, 33), host=EX)
exch_onprem("exch-ja-sender-domain-rejected.eml",
            [R("jimu@kiri-jimusho.example", "rejected",
               "553 5.1.8 <eigyo@kaede-shoji.example>... Domain of sender address eigyo@kaede-shoji.example does not exist",
               remote="mail.kiri-jimusho.example", ja="送信者のアドレスが受信側で拒否されました。")],
            "ご挨拶", D(3, 18, 35), host=EX)
exch_onprem("exch-ja-user-moved.eml",
            [R("m.fujita@nara-shinkin.example", "hasmoved",
               "551 5.1.6 User has moved; please try <m.fujita@nara-bank.example>",
               remote="mx.nara-shinkin.example", ja="受信者は移動しました。新しいアドレスに送信してください。")],
            "口座振替依頼書", D(3, 18, 37), host=EX)
exch_onprem("exch-ja-unable-to-relay.eml",
            [R("partner@ume-trading.example", "norelaying",
               "550 5.7.1 Unable to relay for partner@ume-trading.example",
               remote="smtp.kaede-gw.example", ja="このメッセージは中継できませんでした。")],
            "見積依頼", D(3, 18, 39), host=EX)
exch_onprem("exch-ja-no-ptr-5.7.25.eml",
            [R("press@tsutsuji-shinbun.example", "requireptr",
               "550 5.7.25 [203.0.113.25] The IP address sending this message does not have a PTR record setup",
               remote="mx.tsutsuji-shinbun.example", ja="受信者のサーバーがメッセージを拒否しました。")],
            "プレスリリース送付", D(3, 18, 41), host=EX)

# ========================================================= 配信の遅延 (Exchange)
exch_delay("exch-ja-delay-dns-query-failed.eml",
           R("kikaku@hamanasu-kankou.example", "networkerror",
             "451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry", action="delayed"),
           "ツアー企画書", D(3, 18, 43), EX, "1 日 19 時間 54 分間")
exch_delay("m365-ja-delay-too-many-connections.eml",
           R("info@kumo-net.example", "ratelimited",
             "421 4.7.0 Too many concurrent connections from this IP, try again later",
             remote="mx.kumo-net.example", rip="192.0.2.80", action="delayed"),
           "回線増設のお見積り", D(3, 18, 45), "TYCPR01MB8123.jpnprd01.prod.outlook.com", "23 時間 10 分間",
           charset="utf-8", o365=True)
exch_delay("exch-ja-delay-mailbox-full.eml",
           R("s.nishida@kinmokusei.example", "mailboxfull",
             "452 4.2.2 <s.nishida@kinmokusei.example>: Mailbox full",
             remote="mail.kinmokusei.example", rip="192.0.2.85", action="delayed"),
           "忘年会のご案内", D(3, 18, 47), EX, "1 日 6 時間 2 分間")

# ========================================================== Google Workspace
gws("gws-ja-account-does-not-exist.eml",
    [R("r.takeda@ajisai-design.example", "userunknown",
       "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser")],
    "ロゴデザイン修正版", D(3, 18, 49),
    "r.takeda@ajisai-design.example が見つからないか、メールを受信できないため、メールは配信されませんでした。")
gws("gws-ja-remote-quota.eml",
    [R("ayaka.m@mikan-nouen.example", "mailboxfull", "552 5.2.2 Quota exceeded (mailbox for user is full)")],
    "お歳暮の発送について", D(3, 18, 51),
    "受信者のメールボックスが容量の上限に達しているため、メールを配信できませんでした。")
gws("gws-ja-spamhaus-block.eml",
    [R("sales@kiku-seiki.example", "blocked",
       "554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.25")],
    "展示会のご案内", D(3, 18, 53),
    "受信側のサーバーがメールを拒否しました。")
gws("gws-ja-delay-connection-timeout.eml",
    [R("office@kaki-koubou.example", "networkerror",
       "The recipient server did not accept our requests to connect. [mx.kaki-koubou.example. 192.0.2.120: timed out]",
       status="4.4.1", action="delayed")],
    "工房見学の日程", D(3, 18, 55), "46 時間は再試行を続けます。", delayed=True)
gws("gws-ja-unknown-and-nxdomain.eml",
    [R("m.sugiura@nashi-shoukai.example", "userunknown",
       "550 5.1.1 <m.sugiura@nashi-shoukai.example>: Recipient address rejected: User unknown in relay recipient table"),
     R("info@kaminari-sangyo.example", "hostunknown",
       "DNS Error: DNS type 'mx' lookup of kaminari-sangyo.example responded with code NXDOMAIN Domain name not found: kaminari-sangyo.example",
       status="5.1.2")],
    "年末のご挨拶", D(3, 18, 57),
    "次の宛先にメールを配信できませんでした。")
gws("gws-ja-dmarc-reject-remote.eml",
    [R("uketsuke@fuji-kaigo.example", "authfailure",
       "550 5.7.1 Email rejected per DMARC policy for kaede-shoji.example")],
    "ご見学のお申込み", D(3, 19, 0),
    "送信ドメインの DMARC ポリシーにより、受信側のサーバーがメールを拒否しました。")
gws("gws-ja-daily-sending-limit.eml",
    [R("member0412@hitsuji-club.example", "ratelimited",
       "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852")],
    "会員の皆様へ 年末のお知らせ", D(3, 19, 2),
    "1 日あたりの送信上限を超えたため、メールを送信できませんでした。24 時間後にもう一度お試しください。")

# ==================================== hosting Postfix with a Japanese template
postfix_ja("sakura-ja-user-unknown-local-table.eml",
           [R("yoyaku@kusunoki-clinic.example", "userunknown",
              "550 5.1.1 <yoyaku@kusunoki-clinic.example>: Recipient address rejected: User unknown in local recipient table",
              remote="mx.kusunoki-clinic.example",
              pftext="host mx.kusunoki-clinic.example[192.0.2.11] said: 550 5.1.1\n    <yoyaku@kusunoki-clinic.example>: Recipient address rejected: User unknown in\n    local recipient table (in reply to RCPT TO command)")],
           "予約変更のお願い", D(3, 19, 4), "www3211.sakura.ne.jp", vendor="sakura")
postfix_ja("sakura-ja-disk-quota-exceeded.eml",
           [R("tenchou@ichigo-cafe.example", "mailboxfull",
              "x-unix; cannot update mailbox /home/ichigocafe/MailBox/tenchou/Maildir for user tenchou. error writing message: Disk quota exceeded",
              status="5.2.2",
              pftext="cannot update mailbox /home/ichigocafe/MailBox/tenchou/Maildir for user\n    tenchou. error writing message: Disk quota exceeded")],
           "仕入れ価格改定のお知らせ", D(3, 19, 6), "www2877.sakura.ne.jp", vendor="sakura")
postfix_ja("xserver-ja-host-not-found-sjis.eml",
           [R("shop@tanuki-koubou.example", "hostunknown",
              "X-Postfix; Host or domain name not found. Name service error for name=tanuki-koubou.example type=A: Host not found",
              status="5.4.4",
              pftext="Host or domain name not found. Name service error for\n    name=tanuki-koubou.example type=A: Host not found")],
           "ネットショップ出店のご提案", D(3, 19, 8), "sv10231.xserver.jp", charset="shift_jis", vendor="xserver")
postfix_ja("xserver-ja-spam-score.eml",
           [R("contact@hakone-yado.example", "spamdetected",
              "550 5.7.1 Message rejected: spam score too high (12.4/5.0)", remote="mx.hakone-yado.example",
              pftext="host mx.hakone-yado.example[192.0.2.130] said: 550 5.7.1 Message\n    rejected: spam score too high (12.4/5.0) (in reply to end of DATA command)")],
           "宿泊プラン掲載のご案内", D(3, 19, 10), "sv8812.xserver.jp", charset="shift_jis", vendor="xserver")
postfix_ja("lolipop-ja-relay-access-denied.eml",
           [R("staff@mugi-bakery.example", "norelaying",
              "554 5.7.1 <staff@mugi-bakery.example>: Relay access denied", remote="mail.mugi-bakery.example",
              pftext="host mail.mugi-bakery.example[192.0.2.141] said: 554 5.7.1\n    <staff@mugi-bakery.example>: Relay access denied (in reply to RCPT TO command)")],
           "小麦粉の納品日", D(3, 19, 12), "smtp.lolipop.jp", charset="utf-8", vendor="lolipop")
postfix_ja("lolipop-ja-queue-gave-up-timeout.eml",
           [R("info@kujira-suisan.example", "expired",
              "X-Postfix; connect to mx.kujira-suisan.example[192.0.2.150]:25: Connection timed out", status="4.4.1",
              pftext="配信期限 (5 日) を過ぎたため配信を中止しました。最後のエラー:\n    connect to mx.kujira-suisan.example[192.0.2.150]:25: Connection timed out")],
           "鮮魚の定期便について", D(3, 19, 14), "smtp.lolipop.jp", charset="utf-8", vendor="lolipop")
postfix_ja("kagoya-ja-virus-found.eml",
           [R("jinji@kamome-kaiun.example", "virusdetected",
              "554 5.7.0 Virus found: Win.Trojan.Agent-1234 in attachment", remote="mx.kamome-kaiun.example",
              pftext="host mx.kamome-kaiun.example[192.0.2.160] said: 554 5.7.0 Virus found:\n    Win.Trojan.Agent-1234 in attachment (in reply to end of DATA command)")],
           "履歴書の送付", D(3, 19, 16), "smtp.kagoya.net", charset="euc-jp", vendor="kagoya")
postfix_ja("kagoya-ja-two-unknown-wordings.eml",
           [R("keiri@hato-densetsu.example", "userunknown",
              "550 5.1.1 <keiri@hato-densetsu.example>: Recipient address rejected: undeliverable address: unknown user",
              remote="mx.hato-densetsu.example",
              pftext="host mx.hato-densetsu.example[192.0.2.170] said: 550 5.1.1\n    <keiri@hato-densetsu.example>: Recipient address rejected: undeliverable\n    address: unknown user (in reply to RCPT TO command)"),
            R("y.sato@hato-densetsu.example", "userunknown",
              "550 5.1.1 Mailbox y.sato does not exist", remote="mx.hato-densetsu.example",
              pftext="host mx.hato-densetsu.example[192.0.2.170] said: 550 5.1.1 Mailbox\n    y.sato does not exist (in reply to RCPT TO command)")],
           "電設工事 見積書", D(3, 19, 18), "smtp.kagoya.net", charset="euc-jp", vendor="kagoya")
postfix_ja("lolipop-ja-sender-domain-not-found.eml",
           [R("yamada@sumire-hoiku.example", "rejected",
              "553 5.1.8 <eigyo@kaede-shoji.example>: Sender address rejected: Domain not found",
              remote="mx.sumire-hoiku.example",
              pftext="host mx.sumire-hoiku.example[192.0.2.180] said: 553 5.1.8\n    <eigyo@kaede-shoji.example>: Sender address rejected: Domain not found (in\n    reply to RCPT TO command)")],
           "保育園用品カタログ", D(3, 19, 20), "smtp.lolipop.jp", charset="utf-8", vendor="lolipop")
postfix_ja("kagoya-ja-tls-handshake-failure.eml",
           [R("soumu@iwashi-gyokyou.example", "failedstarttls",
              "X-Postfix; Cannot start TLS: handshake failure", status="5.7.10",
              pftext="TLS is required, but our TLS engine is unavailable: Cannot start TLS:\n    handshake failure with mx.iwashi-gyokyou.example[192.0.2.190]")],
           "漁協総会の資料", D(3, 19, 22), "smtp.kagoya.net", charset="iso-2022-jp", vendor="kagoya")
postfix_delay_ja("xserver-ja-delay-insufficient-storage.eml",
                 R("pr@fukurou-shuppan.example", "systemfull",
                   "452 4.3.1 Insufficient system storage", remote="mx.fukurou-shuppan.example", action="delayed",
                   pftext="host mx.fukurou-shuppan.example[192.0.2.200] said: 452 4.3.1\n    Insufficient system storage (in reply to MAIL FROM command)"),
                 "新刊案内", D(3, 19, 24), "sv10231.xserver.jp", 4, 5, charset="shift_jis", vendor="xserver")
postfix_delay_ja("sakura-ja-delay-slow-down.eml",
                 R("news@tsubame-times.example", "ratelimited",
                   "450 4.7.1 Too many messages from 203.0.113.25, slow down", remote="mx.tsubame-times.example",
                   action="delayed",
                   pftext="host mx.tsubame-times.example[192.0.2.210] said: 450 4.7.1 Too many\n    messages from 203.0.113.25, slow down (in reply to RCPT TO command)"),
                 "取材のお願い", D(3, 19, 26), "www3211.sakura.ne.jp", 3, 5, vendor="sakura")
postfix_delay_ja("kagoya-ja-delay-connection-refused.eml",
                 R("eigyo@hiyoko-denki.example", "networkerror",
                   "X-Postfix; connect to mx.hiyoko-denki.example[192.0.2.220]:25: Connection refused",
                   status="4.4.1", action="delayed",
                   pftext="connect to mx.hiyoko-denki.example[192.0.2.220]:25: Connection refused"),
                 "部品在庫の確認", D(3, 19, 28), "smtp.kagoya.net", 6, 5, charset="euc-jp", vendor="kagoya")

# ======================================================= ISP notices (plain)
isp_notice("nifty-ja-notice-user-unknown.eml",
           [R("kumagai-hiroshi@nifty.com", "userunknown", "550 5.1.1 User unknown")], "町内会費の集金について",
           D(3, 19, 30), "mta-snd-e03.mail.nifty.com", "MAILER-DAEMON@mta-snd-e03.mail.nifty.com",
           "配信エラーのお知らせ (Undeliverable Mail)",
           "@nifty メールサーバーからのお知らせです。\n\n"
           "お客様が送信された以下のメールは、宛先に配信できませんでした。\n\n"
           "  宛先   : kumagai-hiroshi@nifty.com\n  件名   : 町内会費の集金について\n"
           "  理由   : 該当するユーザーが存在しません (550 5.1.1 User unknown)\n\n"
           "宛先のメールアドレスをご確認のうえ、再度送信してください。\n", vendor="nifty")
isp_notice("nifty-ja-capacity-words-only.eml",
           [R("sato_m_0915@nifty.com", "mailboxfull")], "町内会費の集金について",
           D(3, 19, 31), "mta-snd-e05.mail.nifty.com", "MAILER-DAEMON@mta-snd-e05.mail.nifty.com",
           "配信エラーのお知らせ (Undeliverable Mail)",
           "@nifty メールサーバーからのお知らせです。\n\n"
           "お客様が送信された以下のメールは、宛先に配信できませんでした。\n\n"
           "  宛先   : sato_m_0915@nifty.com\n  件名   : 町内会費の集金について\n"
           "  理由   : 受信者のメールボックスの保存容量が上限に達しているため、これ以上受信できません。\n\n"
           "しばらく時間をおいてから再度送信してください。\n", vendor="nifty")
isp_notice("biglobe-ja-account-not-exist-sjis.eml",
           [R("yt-suzuki@mbr.biglobe.ne.jp", "userunknown")], "同窓会のご案内",
           D(3, 19, 33), "mail-m02.biglobe.ne.jp", "BIGLOBE Mail System <postmaster@mail.biglobe.ne.jp>",
           "メール配信不能のお知らせ",
           "BIGLOBEメールシステムからのお知らせです。\n\n"
           "以下の宛先へのメールは配信できませんでした。\n\n"
           "宛先メールアドレス: yt-suzuki@mbr.biglobe.ne.jp\n"
           "エラー内容: 宛先メールアドレスのアカウントは存在しません。\n\n"
           "メールアドレスに誤りがないか、今一度ご確認ください。\n", charset="shift_jis", vendor="biglobe")
isp_notice("biglobe-ja-account-stopped.eml",
           [R("kazu-ogawa@kcd.biglobe.ne.jp", "suspend")], "同窓会のご案内",
           D(3, 19, 35), "mail-m04.biglobe.ne.jp", "BIGLOBE Mail System <postmaster@mail.biglobe.ne.jp>",
           "メール配信不能のお知らせ",
           "BIGLOBEメールシステムからのお知らせです。\n\n"
           "以下の宛先へのメールは配信できませんでした。\n\n"
           "宛先メールアドレス: kazu-ogawa@kcd.biglobe.ne.jp\n"
           "エラー内容: 宛先のアカウントは現在利用停止中のため、メールを受け付けることができません。\n", vendor="biglobe")
isp_notice("ocn-ja-user-unknown-eucjp-qp.eml",
           [R("tanaka.yoshie@hkg.odn.ne.jp", "userunknown")], "請求書の再発行",
           D(3, 19, 37), "mfsmax.ocn.ad.jp", "Mail Administrator <postmaster@ocn.ne.jp>",
           "メールを配信できませんでした",
           "OCN メールサーバーでお預かりしたメールを、次の宛先に配信できませんでした。\n\n"
           "<tanaka.yoshie@hkg.odn.ne.jp>\n"
           "    550 5.1.1 <tanaka.yoshie@hkg.odn.ne.jp>... User unknown\n\n"
           "※このメールは送信専用です。ご返信いただいてもお答えできません。\n",
           charset="euc-jp", cte="quoted-printable", vendor="ocn")
isp_notice("ocn-ja-junk-refused.eml",
           [R("ikeda-ken@river.ocn.ne.jp", "spamdetected")], "【特価】年末セールのご案内",
           D(3, 19, 39), "mfsmax.ocn.ad.jp", "Mail Administrator <postmaster@ocn.ne.jp>",
           "メールを配信できませんでした",
           "OCN メールサーバーでお預かりしたメールを、次の宛先に配信できませんでした。\n\n"
           "<ikeda-ken@river.ocn.ne.jp>\n"
           "    554 5.7.1 迷惑メールと判定されたため、受信を拒否しました。\n", vendor="ocn")
isp_notice("sonet-ja-mailbox-over-limit.eml",
           [R("hmurata@ca2.so-net.ne.jp", "mailboxfull")], "写真データお送りします",
           D(3, 19, 41), "mx-a.so-net.ne.jp", "MAILER-DAEMON@so-net.ne.jp",
           "Undeliverable: 写真データお送りします",
           "So-net メールサーバーです。\n\n以下の宛先への配信に失敗しました。\n\n"
           "hmurata@ca2.so-net.ne.jp\n"
           "  552 5.2.2 メールボックスの容量制限を超えています (Mailbox size limit exceeded)\n", vendor="so-net")
isp_notice("sonet-ja-delay-retrying.eml",
           [R("noriko-k@jcom.zaq.ne.jp", "networkerror", action="delayed")], "写真データお送りします",
           D(3, 19, 43), "mx-b.so-net.ne.jp", "MAILER-DAEMON@so-net.ne.jp",
           "配信遅延のお知らせ (まだ配信されていません)",
           "So-net メールサーバーです。\n\n"
           "以下のメールは現在配信待ちの状態です。配信を再試行していますので、再送信の必要はありません。\n"
           "3 日を過ぎても配信できなかった場合は、あらためてお知らせします。\n\n"
           "宛先: noriko-k@jcom.zaq.ne.jp\n"
           "理由: 宛先のメールサーバーに接続できません (Connection refused)\n", vendor="so-net")
isp_notice("eo-ja-size-over-20mb.eml",
           [R("matsui-family@aurora.eonet.ne.jp", "emailtoolarge")], "運動会の動画",
           D(3, 19, 45), "mx.eonet.ne.jp", "eoメールシステム <mailer-daemon@eonet.ne.jp>",
           "【eo】メール配信エラーのお知らせ",
           "eoメールシステムからのお知らせです。\n\n"
           "以下のメールは、メールのサイズが受信できる上限 (20MB) を超えているため、配信できませんでした。\n\n"
           "宛先: matsui-family@aurora.eonet.ne.jp\n"
           "添付ファイルを分割するなどして、サイズを小さくしてから送信してください。\n", vendor="eo")
isp_notice("eo-ja-gaveup-five-days.eml",
           [R("info@hachimitsu-en.example", "expired")], "はちみつのご注文",
           D(3, 19, 47), "smtp.eonet.ne.jp", "eoメールシステム <mailer-daemon@eonet.ne.jp>",
           "【eo】メール配信エラーのお知らせ",
           "eoメールシステムからのお知らせです。\n\n"
           "以下の宛先のメールサーバーと通信できない状態が続いたため、5 日間再送を試みましたが、"
           "配信を中止しました。\n\n宛先: info@hachimitsu-en.example\n", vendor="eo")

# ================================================ qmail with a Japanese template
qmail_ja("qmail-ja-no-mailbox-by-that-name.eml",
         [R("uketsuke@tombo-seikotsu.example", "userunknown",
            qtext="Sorry, no mailbox here by that name. (#5.1.1)")],
         "施術のご予約", D(3, 19, 49), "mail.tombo-seikotsu.example")
qmail_ja("qmail-ja-over-quota-mailfolder.eml",
         [R("oyakata@kawauso-tekkou.example", "mailboxfull",
            qtext="The users mailfolder is over the allowed quota (size). (#5.2.2)\n"
                  "(受信者のメールフォルダが容量制限を超えています)")],
         "鋼材の納期", D(3, 19, 51), "mail.kawauso-tekkou.example")
qmail_ja("qmail-ja-remote-does-not-like.eml",
         [R("honbu@semi-kensetsu.example", "userunknown",
            qtext="192.0.2.55 does not like recipient.\nRemote host said: 550 <honbu@semi-kensetsu.example>: no such user here\n"
                  "Giving up on 192.0.2.55.")],
         "安全大会のご案内", D(3, 19, 53), "qmail.kaede-old.example")
qmail_ja("qmail-ja-queue-too-long.eml",
         [R("info@hotategai-kankou.example", "expired",
            qtext="Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
                  "I'm not going to try again; this message has been in the queue too long.\n"
                  "(キューに長く滞留しすぎたため、再試行を打ち切りました)")],
         "観光パンフレット", D(3, 19, 55), "qmail.kaede-old.example", charset="euc-jp")
qmail_ja("qmail-ja-program-exit.eml",
         [R("ticket@kaeru-support.example", "mailererror",
            qtext="プログラム /home/ticket/bin/import-mail.pl の実行に失敗しました (exit 2)。\n"
                  "import-mail.pl: cannot connect to database: Connection refused\n")],
         "問い合わせ #20871", D(3, 19, 57), "mail.kaeru-support.example", charset="shift_jis")

# =============================================== Sendmail with a Japanese template
sendmail_ja("sendmail-ja-user-unknown-eucjp.eml",
            [R("shacho@momo-jouzou.example", "userunknown", "550 5.1.1 <shacho@momo-jouzou.example>... User unknown",
               remote="mx.momo-jouzou.example")],
            "新酒の試飲会", D(3, 20, 0), "mail.kaede-old.example")
sendmail_ja("sendmail-ja-host-unknown-eucjp.eml",
            [R("info@sora-tsuushin.example", "hostunknown",
               "550 5.1.2 <info@sora-tsuushin.example>... Host unknown (Name server: sora-tsuushin.example: host not found)")],
            "回線工事の日程", D(3, 20, 2), "mail.kaede-old.example")
sendmail_ja("sendmail-ja-filter-after-data.eml",
            [R("kouhou@hibari-shiyakusho.example", "filtered",
               "550 5.7.1 Rejected by recipient's filter rules", remote="mx.hibari-shiyakusho.example", cmd="DATA")],
            "広報誌掲載のお願い", D(3, 20, 4), "mail.kaede-old.example")
sendmail_ja("sendmail-ja-mailbox-full-sjis-qp.eml",
            [R("obata@koi-yoshoku.example", "mailboxfull", "552 5.2.2 <obata@koi-yoshoku.example>... Mailbox full",
               remote="mail.koi-yoshoku.example")],
            "稚魚の出荷", D(3, 20, 6), "mail.kaede-old.example", charset="shift_jis", cte="quoted-printable")

# ============================================ old Japanese Postfix templates
postfix_ja("postfix-ja-eucjp-account-disabled.eml",
           [R("nakano@koushi-noukyou.example", "suspend",
              "550 5.2.1 <nakano@koushi-noukyou.example>: Recipient address rejected: Account disabled",
              remote="mx.koushi-noukyou.example",
              pftext="host mx.koushi-noukyou.example[192.0.2.230] said: 550 5.2.1\n    <nakano@koushi-noukyou.example>: Recipient address rejected: Account disabled\n    (in reply to RCPT TO command)")],
           "肥料の価格表", D(3, 20, 8), "mail.kaede-old.example", charset="euc-jp")
postfix_ja("postfix-ja-null-mx.eml",
           [R("contact@kurage-mura.example", "notaccept", "X-Postfix; Domain kurage-mura.example does not accept mail (nullMX)",
              status="5.1.10", pftext="Domain kurage-mura.example does not accept mail (nullMX)")],
           "水族館ツアーのご提案", D(3, 20, 10), "mail.kaede-old.example")
postfix_ja("postfix-ja-barracuda-listed-sjis.eml",
           [R("sales@kitsune-gakki.example", "blocked",
              "554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using b.barracudacentral.org",
              remote="mx.kitsune-gakki.example",
              pftext="host mx.kitsune-gakki.example[192.0.2.240] said: 554 5.7.1 Service\n    unavailable; Client host [203.0.113.25] blocked using b.barracudacentral.org\n    (in reply to RCPT TO command)")],
           "楽器の修理見積", D(3, 20, 12), "mail.kaede-old.example", charset="shift_jis")
postfix_ja("postfix-ja-attachment-policy.eml",
           [R("jouhou@hitsuji-ginkou.example", "policyviolation",
              "550 5.7.1 Attachment type .exe is not allowed by company policy", remote="mx.hitsuji-ginkou.example",
              pftext="host mx.hitsuji-ginkou.example[192.0.2.250] said: 550 5.7.1 Attachment\n    type .exe is not allowed by company policy (in reply to end of DATA command)")],
           "ツールの送付", D(3, 20, 14), "mail.kaede-old.example", charset="utf-8")
postfix_ja("postfix-ja-poor-reputation.eml",
           [R("news@ookami-times.example", "badreputation",
              "550 5.7.1 Your IP 203.0.113.25 has a poor reputation score and is not accepted here",
              remote="mx.ookami-times.example",
              pftext="host mx.ookami-times.example[192.0.2.251] said: 550 5.7.1 Your IP\n    203.0.113.25 has a poor reputation score and is not accepted here (in reply\n    to MAIL FROM command)")],
           "寄稿のお願い", D(3, 20, 16), "mail.kaede-old.example")
postfix_ja("postfix-ja-malformed-mime.eml",
           [R("toiawase@usagi-insatsu.example", "contenterror",
              "554 5.6.0 Message content rejected: malformed MIME header", remote="mx.usagi-insatsu.example",
              pftext="host mx.usagi-insatsu.example[192.0.2.252] said: 554 5.6.0 Message\n    content rejected: malformed MIME header (in reply to end of DATA command)")],
           "印刷データ入稿", D(3, 20, 18), "mail.kaede-old.example", charset="euc-jp")
postfix_ja("postfix-ja-local-config-error.eml",
           [R("kanri@shika-bokujou.example", "systemerror",
              "554 5.3.0 Local configuration error, contact postmaster", remote="mx.shika-bokujou.example",
              pftext="host mx.shika-bokujou.example[192.0.2.253] said: 554 5.3.0 Local\n    configuration error, contact postmaster (in reply to end of DATA command)")],
           "牧場見学の件", D(3, 20, 20), "mail.kaede-old.example")

# ============================================== auto-replies (自動応答/不在通知)


def vacation(name, frm, addr, subject, text, date, host, charset="iso-2022-jp", extra=(), cte=None, vendor=""):
    plain(name, frm=f"{frm} <{addr}>", subject=subject, date=date, host=host, sw="ESMTP", text=text,
          rcpts=[R(addr, "vacation", action="", status="", reply="")], osubj="", charset=charset, cte=cte,
          vendor=vendor, auto=False, with_orig=False,
          extra=[("In-Reply-To", mid(name + "/orig", CO))] + list(extra))


vacation("vacation-outlook-ja-jidou-outou.eml", "林 健一", "k.hayashi@ginkgo-boeki.example",
         "自動応答: 見積書送付の件",
         "楓商事 営業部 御中\n\nお世話になっております。銀杏貿易の林です。\n\n"
         "誠に恐れ入りますが、12月3日(木)から12月8日(火)まで海外出張のため不在にしております。\n"
         "期間中はメールの確認が遅れますので、お急ぎの場合は同じ部署の山口 (yamaguchi@ginkgo-boeki.example) までご連絡ください。\n\n"
         "よろしくお願いいたします。\n", D(3, 20, 22), "ginkgo-boeki-example.mail.protection.outlook.com",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "k.hayashi@ginkgo-boeki.example")])
vacation("vacation-gmail-ja-fuzai-tsuchi.eml", "Mika Endo", "mika.endo.design@gmail.com",
         "不在通知 (12/3〜12/6)",
         "メールありがとうございます。\n\n12月3日から12月6日まで休暇をいただいております。\n"
         "いただいたメールは12月7日以降に順次確認し、ご返信いたします。\n\n遠藤 美香\n", D(3, 20, 24),
         "mail-sor-f69.google.com", charset="utf-8",
         extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], vendor="gmail")
vacation("vacation-sakura-ja-autoreply-sjis.eml", "山田酒店", "shop@yamada-saketen.example",
         "[自動応答] Re: 新酒の試飲会",
         "このメールは自動応答です。\n\nただいま店主が不在のため、すぐにお返事できません。\n"
         "12月9日以降にあらためてご連絡いたします。\n\n山田酒店\n", D(3, 20, 26), "www1842.sakura.ne.jp",
         charset="shift_jis", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], vendor="sakura")
vacation("vacation-kagoya-ja-nenmatsu-eucjp.eml", "株式会社かもしか工業 総務部", "soumu@kamoshika-kogyo.example",
         "【自動返信】年末年始休業のお知らせ",
         "本メールは自動返信です。\n\n誠に勝手ながら、弊社は12月3日(木)より社内棚卸しのため休業しております。\n"
         "頂戴したメールは12月7日(月)以降に担当者よりご連絡いたします。\n", D(3, 20, 28), "smtp.kagoya.net",
         charset="euc-jp", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")], vendor="kagoya")
vacation("vacation-exchange-ja-fuzai-notice.eml", "小林 里奈", "r.kobayashi@shirasagi-hoken.example",
         "不在: ご契約内容の確認",
         "お世話になっております。白鷺保険の小林です。\n\n本日は終日外出しており、メールを確認できません。\n"
         "明日 12月4日に確認いたします。\n", D(3, 20, 30), "mail.shirasagi-hoken.example", charset="utf-8",
         cte="quoted-printable",
         extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

# ====================================================== near-misses (nb-*)


def nb(name, frm, subject, text, date, host, charset="iso-2022-jp", cte=None, extra=(), to=None):
    plain(name, frm=frm, subject=subject, date=date, host=host, sw="ESMTP", text=text, rcpts=[], osubj="",
          charset=charset, cte=cte, auto=False, with_orig=False, outdir=NB, to=to,
          extra=list(extra))


nb("nb-reply-ja-about-haishin-funo.eml", "佐々木 浩 <h.sasaki@kaede-shoji.example>", "Re: 配信不能: 12月分 請求書の送付",
   "情報システム部 御中\n\n営業部の佐々木です。\n"
   "昨日送った請求書が「配信不能」で戻ってきました。先方の森様のアドレスが変わったのかもしれません。\n"
   "こちらで先方に電話して確認しますが、念のためサーバー側で問題がないか見ていただけますか。\n\n佐々木\n",
   D(3, 20, 32), "mail.kaede-shoji.example", to="helpdesk@kaede-shoji.example",
   extra=[("In-Reply-To", "<70DCE178AE4C@kaede-shoji.example>"), ("X-Mailer", "Microsoft Outlook 16.0")])
nb("nb-reply-ja-inbox-nearly-full.eml", "中村 由美 <y.nakamura@kaede-shoji.example>", "メールボックスの容量について",
   "ヘルプデスク 各位\n\n経理の中村です。\nOutlook に「メールボックスがいっぱいになりかけています」と表示されました。\n"
   "古いメールを削除する以外に、容量を増やしていただく方法はありますか。\n\nよろしくお願いします。\n",
   D(3, 20, 34), "mail.kaede-shoji.example", charset="utf-8", to="helpdesk@kaede-shoji.example")
nb("nb-colleague-ja-fuzai-mention.eml", "高橋 誠 <m.takahashi@kaede-shoji.example>", "来週の不在予定",
   "部長\n\n来週 12月7日から9日まで大阪出張のため不在にします。\n"
   "不在中の急ぎの案件は木村さんにお願いしてあります。自動応答も設定しておきます。\n\n高橋\n",
   D(3, 20, 36), "mail.kaede-shoji.example", to="bucho@kaede-shoji.example")
nb("nb-sakura-ja-youryou-keikoku.eml", "さくらのレンタルサーバ <noreply@sakura.ad.jp>",
   "[さくらのレンタルサーバ] メールボックス容量警告のお知らせ",
   "さくらのレンタルサーバをご利用いただきありがとうございます。\n\n"
   "以下のメールアドレスのメールボックス使用量が、設定容量の 90% を超えました。\n\n"
   "  メールアドレス: eigyo@kaede-shoji.example\n  使用量: 1,853MB / 2,048MB\n\n"
   "容量の上限に達すると、新しいメールを受信できなくなります。不要なメールを削除してください。\n",
   D(3, 20, 38), "www3211.sakura.ne.jp", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-xserver-ja-maintenance.eml", "エックスサーバー <support@xserver.ne.jp>",
   "【Xserver】メールサーバーメンテナンスのお知らせ (12/10)",
   "いつもエックスサーバーをご利用いただき、誠にありがとうございます。\n\n"
   "下記日程にてメールサーバーのメンテナンスを実施いたします。\n\n"
   "  日時: 2026年12月10日(木) 02:00〜05:00\n  対象: sv10231.xserver.jp\n\n"
   "メンテナンス中は、メールの送受信が遅延する場合があります。送信されたメールは"
   "メンテナンス終了後に順次配信され、消失することはありません。\n",
   D(3, 20, 40), "sv10231.xserver.jp", charset="utf-8")
nb("nb-kagoya-ja-maintenance-delay.eml", "KAGOYA サポートセンター <support@kagoya.net>",
   "【KAGOYA】メール配信遅延の発生について (復旧済み)",
   "KAGOYA をご利用のお客様へ\n\n12月2日 21:10〜22:40 の間、一部のメールサーバーで配信遅延が発生しておりました。\n"
   "現在は復旧しており、遅延していたメールはすべて配信済みです。\n"
   "ご迷惑をおかけしましたことをお詫び申し上げます。\n",
   D(3, 20, 42), "smtp.kagoya.net", charset="euc-jp")
nb("nb-lolipop-ja-disk-usage-warning.eml", "ロリポップ！ <info@lolipop.jp>",
   "【ロリポップ！】ディスク使用量が上限に近づいています",
   "ロリポップ！をご利用いただきありがとうございます。\n\n"
   "お客様のアカウントのディスク使用量が 95% に達しました。\n"
   "上限を超えると、メールの受信やファイルのアップロードができなくなります。\n"
   "上位プランへの変更もご検討ください。\n", D(3, 20, 44), "smtp.lolipop.jp", charset="utf-8")
nb("nb-cybozu-ja-maintenance.eml", "cybozu.com <noreply@cybozu.com>", "[cybozu.com] 定期メンテナンスのお知らせ",
   "cybozu.com をご利用いただきありがとうございます。\n\n"
   "以下の日程で定期メンテナンスを実施します。メンテナンス中は kintone、Garoon、"
   "サイボウズ Office をご利用いただけません。\n\n  日時: 2026年12月13日(日) 01:00〜07:00\n\n"
   "メンテナンス中に送信された通知メールは、終了後に配信されます。\n",
   D(3, 20, 46), "mail.cybozu.com", charset="utf-8")
nb("nb-kintone-ja-record-notification.eml", "kintone <noreply@kaede-shoji.cybozu.com>",
   "[kintone] 問い合わせ管理: レコードが更新されました",
   "問い合わせ管理 アプリのレコードが更新されました。\n\n"
   "  レコード番号: 1187\n  件名: お客様からのメールが配信エラーで戻ってくる\n"
   "  状態: 対応中\n  担当者: 情報システム部 岡田\n  コメント: 先方のメールボックスが満杯とのこと。電話で連絡済み。\n\n"
   "https://kaede-shoji.cybozu.com/k/42/show#record=1187\n",
   D(3, 20, 48), "mail.cybozu.com", charset="utf-8", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-mailmag-ja-tsuhan-sjis.eml", "かえる通販 <magazine@kaeru-mail.example>",
   "【かえる通販メルマガ】年末大感謝祭 最大50%OFF",
   "いつもかえる通販をご利用いただきありがとうございます。\n\n"
   "★年末大感謝祭 開催中★\n人気のおせちセットが今だけ半額!\n\n"
   "-------------------------------------------\n"
   "本メールは配信専用アドレスから送信しています。\n"
   "メールマガジンの配信停止・アドレス変更はこちら:\nhttps://kaeru-mail.example/mm/stop?id=8812\n",
   D(3, 20, 50), "mm01.kaeru-mail.example", charset="shift_jis",
   extra=[("List-Unsubscribe", "<https://kaeru-mail.example/mm/stop?id=8812>"), ("Precedence", "bulk")])
nb("nb-mailmag-ja-it-news-utf8.eml", "週刊 IT ニュース <news@itnews-weekly.example>",
   "週刊ITニュース 第512号 メール配信障害の原因とは",
   "週刊ITニュース 第512号\n\n■ 特集: 大手プロバイダーのメール配信障害、原因は DNS 設定ミス\n"
   "先週発生した配信遅延では、多くの「配信不能」通知が利用者に届きました。\n"
   "■ コラム: 「宛先不明」で戻るメールを減らすには\n\n"
   "配信停止: https://itnews-weekly.example/unsubscribe\n",
   D(3, 20, 52), "mail.itnews-weekly.example", charset="utf-8", cte="quoted-printable",
   extra=[("List-Id", "<weekly.itnews-weekly.example>"), ("Precedence", "bulk")])
nb("nb-spam-ja-account-suspended-phish.eml", "Microsoft 365 <security-alert@m365-verify.example>",
   "【重要】お客様のメールアカウントは停止されました",
   "お客様のメールアカウントは、セキュリティ上の理由により一時停止されました。\n"
   "24時間以内に以下のリンクから確認を行わない場合、受信メールはすべて削除されます。\n\n"
   "https://m365-verify.example/login\n", D(3, 20, 54), "smtp.m365-verify.example", charset="utf-8")
nb("nb-spam-ja-undelivered-messages-phish.eml", "メール管理者 <postmaster@mailbox-admin.example>",
   "未配信のメッセージが 5 件あります",
   "eigyo@kaede-shoji.example 様\n\nメールボックスの容量不足により、5 件のメッセージが配信されていません。\n"
   "下記より容量を拡張すると、保留中のメッセージが配信されます。\n\n"
   "https://mailbox-admin.example/quota\n", D(3, 20, 56), "mx.mailbox-admin.example")
nb("nb-spam-ja-invoice-sjis.eml", "経理部 <keiri@invoice-jp.example>", "請求書のご確認 (至急)",
   "お世話になっております。\n添付の請求書をご確認のうえ、本日中にお振込みをお願いいたします。\n"
   "https://invoice-jp.example/doc/8812.zip\n", D(3, 20, 58), "mail.invoice-jp.example", charset="shift_jis")
nb("nb-m365-ja-quarantine-digest.eml", "Microsoft 365 <quarantine@messaging.microsoft.com>",
   "Microsoft 365 の検疫済みメッセージの通知",
   "検疫済みメッセージの確認\n\nメールボックス eigyo@kaede-shoji.example に送信された 3 件のメッセージが"
   "迷惑メールとして検疫されました。\n\n送信者: info@kaeru-mail.example  件名: 年末大感謝祭\n\n"
   "メッセージを解放するには、検疫ポータルを開いてください。\n", D(3, 21, 0),
   "TYCPR01MB8123.jpnprd01.prod.outlook.com", charset="utf-8", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-ocn-ja-filter-setting-notice.eml", "OCN <info@ocn.ad.jp>", "【OCN】迷惑メールフィルターの仕様変更について",
   "OCN をご利用のお客様へ\n\n2027年1月より、迷惑メールフィルターの判定方式を変更いたします。\n"
   "変更後、迷惑メールと判定されたメールは受信を拒否せず「迷惑メール」フォルダに振り分けます。\n",
   D(3, 21, 2), "mfsmax.ocn.ad.jp")
nb("nb-nifty-ja-password-change.eml", "@nifty <info@nifty.com>", "【@nifty】メールパスワード変更のお願い",
   "@nifty をご利用いただきありがとうございます。\n\nセキュリティ強化のため、メールパスワードの定期的な変更をお願いしております。\n"
   "マイページからパスワードを変更してください。\n", D(3, 21, 4), "mta-snd-e01.mail.nifty.com")
nb("nb-biglobe-ja-capacity-plan.eml", "BIGLOBE <info@biglobe.ne.jp>", "メールボックス容量アップのご案内",
   "BIGLOBE 会員の皆様へ\n\nメールボックスの容量を 5GB から 20GB に拡張できるオプションのご案内です。\n"
   "容量が不足してメールを受信できなくなる前に、ぜひご検討ください。\n", D(3, 21, 6), "mail-m02.biglobe.ne.jp",
   charset="shift_jis")
nb("nb-gws-ja-admin-alert.eml", "Google Workspace Alerts <google-workspace-alerts-noreply@google.com>",
   "アラート: ユーザーの送信上限に近づいています",
   "Google Workspace アラート\n\nユーザー soumu@kaede-shoji.example が 1 日の送信上限の 80% に達しました。\n"
   "上限を超えると、24 時間メールを送信できなくなります。\n\n管理コンソールで詳細を確認してください。\n",
   D(3, 21, 8), "mail-sor-f41.google.com", charset="utf-8", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-eo-ja-maintenance.eml", "eo光 <info@eonet.ne.jp>", "【eo】メールサービス 工事のお知らせ",
   "eoをご利用のお客様へ\n\n下記の時間帯にメールサービスの工事を行います。\n"
   "工事中は一時的にメールの送受信ができない場合がありますが、メールが失われることはありません。\n\n"
   "  2026年12月15日(火) 01:00〜04:00\n", D(3, 21, 10), "mx.eonet.ne.jp")

write_expected(os.path.join(OUT, "expected.jsonl"))
