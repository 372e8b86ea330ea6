#!/usr/bin/env python3
"""Write set-03: ordinary machine mail that resembles a notice without being one.

Standard library only. Rewrites every set-03 *.eml byte for byte (fixed seed).
Written blind, before any analyzer run: help-desk acknowledgements, delivery
receipts, MDNs, filter alerts, quarantine digests, queue reports, ESP summaries,
list notices to members, password/storage warnings, carrier and SMS notices,
people quoting bounces, phishing dressed as a bounce in prose only.
"""
import base64
import datetime
import email.utils
import os
import random
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(303)
DOMS = ["example.com", "example.net", "example.org", "corp.example", "shop.example", "mail.example.net"]
IPS = ["192.0.2.", "198.51.100.", "203.0.113."]
NAMES = ["Alice Meyer", "Bob Tanaka", "Carla Rossi", "Dmitri Ivanov", "Eva Kowalska", "Femke de Vries",
         "Gao Wei", "Hana Kim", "Ines Duarte", "Jorge Ruiz", "Karl Braun", "Lea Martin"]
COUNT = [0]


def ip():
    return R.choice(IPS) + str(R.randint(2, 250))


def addr(local=None, dom=None):
    local = local or R.choice(["alice", "bob", "carla", "dmitri", "eva", "femke", "gao.wei", "hana", "ines", "jorge", "karl", "lea"])
    return "%s@%s" % (local, dom or R.choice(DOMS))


def date(i):
    tz = datetime.timezone(datetime.timedelta(hours=[0, 1, 8, 9, -5, 2][i % 6]))
    t = datetime.datetime(2026, 1 + i % 12, 1 + (i * 7) % 28, (i * 5) % 24, (i * 13) % 60, (i * 29) % 60, tzinfo=tz)
    return email.utils.format_datetime(t)


def enc_header(v, cs):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs if cs not in ("iso-2022-jp",) else "iso-2022-jp").encode(maxlinelen=76)


def write(name, frm, to, subject, body, cs="utf-8", extra=(), html=None, ctype="text/plain"):
    try:
        (subject + body + frm + (html or "")).encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"  # a character the legacy charset lacks: send as a real client would
    i = COUNT[0]
    COUNT[0] += 1
    fdom = frm.split("@")[-1].strip(">")
    rdom = to.split("@")[-1].strip(">")
    h = []
    h.append("Return-Path: <%s>" % frm.split("<")[-1].strip(">"))
    h.append("Received: from mx%d.%s (mx%d.%s [%s])\r\n\tby mail.%s (Postfix) with ESMTPS id %X\r\n\tfor <%s>; %s"
             % (i % 3 + 1, fdom, i % 3 + 1, fdom, ip(), rdom, R.getrandbits(40), to.split("<")[-1].strip(">"), date(i)))
    h.append("Received: from app%d.internal.%s ([%s])\r\n\tby mx%d.%s with ESMTP id %X; %s" % (i % 7, fdom, ip(), i % 3 + 1, fdom, R.getrandbits(36), date(i)))
    h.append("Message-ID: <%d.%X@%s>" % (20260000 + i, R.getrandbits(32), fdom))
    h.append("Date: " + date(i))
    if "<" in frm:  # encode the display name only; the address stays readable
        dn, rest = frm.split("<", 1)
        h.append("From: %s <%s" % (enc_header(dn.strip(), cs), rest))
    else:
        h.append("From: " + frm)
    h.append("To: " + to)
    h.append("Subject: " + enc_header(subject, cs))
    h.append("MIME-Version: 1.0")
    h.extend(extra)
    raw = body.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs)
    if html is None:
        h.append("Content-Type: %s; charset=%s" % (ctype, cs))
        if cs in ("us-ascii", "iso-2022-jp"):
            h.append("Content-Transfer-Encoding: 7bit")
            payload = raw
        else:
            h.append("Content-Transfer-Encoding: base64")
            payload = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    else:
        b = "=_part_%X" % R.getrandbits(32)
        h.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        hraw = html.replace("\n", "\r\n").encode(cs)
        payload = b"".join([
            ("--%s\r\nContent-Type: text/plain; charset=%s\r\nContent-Transfer-Encoding: base64\r\n\r\n" % (b, cs)).encode(),
            base64.encodebytes(raw).replace(b"\n", b"\r\n"),
            ("--%s\r\nContent-Type: text/html; charset=%s\r\nContent-Transfer-Encoding: base64\r\n\r\n" % (b, cs)).encode(),
            base64.encodebytes(hraw).replace(b"\n", b"\r\n"),
            ("--%s--\r\n" % b).encode()])
    data = "\r\n".join(h).encode("ascii") + b"\r\n\r\n" + payload
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- help desks
HELPDESK = [
    ("zendesk", "Support <support@help.shop.example>", "[Request #%d] Re: My order never arrived",
     "##- Please type your reply above this line -##\n\nYour request (%d) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\nShop Example Support",
     ["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 4f1a2"]),
    ("freshdesk", "Acme Helpdesk <help@acme.example.com>", "Ticket Received - #%d Cannot send email to customers",
     "Dear customer,\n\nWe would like to acknowledge that we have received your request and a ticket has been created (#%d).\nA support representative will be reviewing your request and will send you a personal response (usually within 24 hours).\n\nTo view the status of the ticket or add comments, please visit the portal.\n\nThank you for your patience.\nAcme Support Team",
     ["Auto-Submitted: auto-generated", "X-Freshdesk-Ticket-Id: 1"]),
    ("kayako", "IT Service Desk <servicedesk@corp.example>", "[#ABC-%d-123]: Email bounce issue",
     "Thank you for contacting IT Service Desk. This is an automated response confirming the receipt of your ticket. One of our agents will get back to you as soon as possible.\n\nTicket ID: ABC-%d-123\nSubject: Email bounce issue\nDepartment: Messaging\nStatus: Open\nPriority: Normal\n\nYou can check the status of or update this ticket online.",
     ["Auto-Submitted: auto-replied", "X-Mailer: Kayako"]),
    ("otrs", "OTRS System <otrs@example.org>", "[Ticket#2026%d] RE: Mails to partner undeliverable",
     "This is a confirmation that your request has been received by our system.\n\nTicket number: 2026%d\nQueue: Postmaster\n\nA member of the mail team will contact you shortly.\n\nYour OTRS Notification Master",
     ["Auto-Submitted: auto-replied", "X-OTRS-Loop: yes", "Precedence: bulk"]),
    ("znuny", "Znuny Service <service@support.example.net>", "[Ticket#%d] Auto reply: Mailbox full message",
     "Hello,\n\nthank you for your e-mail. We have registered your request under ticket number %d and will process it as soon as possible.\n\nPlease keep the ticket number in the subject when replying.\n\nBest regards,\nService Desk",
     ["Auto-Submitted: auto-replied", "X-Loop: service@support.example.net"]),
    ("jira-sm", "Jira Service Management <jira@corp.example>", "[JIRA] (HELP-%d) Outgoing mail is rejected by recipient server",
     "Your request HELP-%d has been received.\n\nReference: HELP-%d\nSummary: Outgoing mail is rejected by recipient server\nStatus: Waiting for support\n\nWe'll be in touch soon. You can view and comment on the request in the help center.\n\nReply above this line.",
     ["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 8d1e", "Precedence: bulk"]),
    ("servicenow", "ServiceNow <instance@service-now.example.com>", "Incident INC00%d has been opened on your behalf",
     "Your incident INC00%d has been opened on your behalf.\n\nShort description: Email to external domain returns 550 error\nClick here to view Incident: INC00%d\n\nThank you,\nIT Service Management\n\nRef:MSG0%d",
     ["Auto-Submitted: auto-generated"]),
    ("rt", "\"RT System\" <rt@rt.example.org>", "[example.org #%d] AutoReply: Undeliverable mail from list",
     "Greetings,\n\nThis message has been automatically generated in response to the creation of a trouble ticket regarding:\n\t\"Undeliverable mail from list\",\na summary of which appears below.\n\nThere is no need to reply to this message right now. Your ticket has been assigned an ID of [example.org #%d].\n\nPlease include the string:\n\n         [example.org #%d]\n\nin the subject line of all future correspondence about this issue.\n\nThank you,\nrt@rt.example.org",
     ["Auto-Submitted: auto-replied", "RT-Ticket: example.org #1", "Precedence: bulk", "RT-Originator: user@example.com"]),
    ("osticket", "Support Center <support@tickets.example.com>", "Support Ticket Opened [#%d]",
     "Dear customer,\n\nA request for support has been created and assigned #%d. A representative will follow-up with you as soon as possible. You can view this ticket's progress online.\n\nYour Support Team\n\nIf you wish to provide additional comments or information regarding the issue, please reply to this email.",
     ["Auto-Submitted: auto-replied", "X-Mailer: osTicket Mailer"]),
    ("hubspot", "Customer Success <help@crm.example.com>", "We've received your ticket (#%d)",
     "Hi there,\n\nThanks for reaching out. This email confirms we received your message and created ticket #%d. Our team typically replies within one business day.\n\nIn the meantime, you may find answers in our knowledge base article \"Why are my emails bouncing?\".\n\nThe Customer Success Team",
     ["Auto-Submitted: auto-generated", "X-HubSpot-Ticket: 1"]),
    ("zohodesk", "Zoho Desk Support <support@desk.example.net>", "[##%d##] Request received: Delivery Status Notification question",
     "Dear Sir/Madam,\n\nThank you for writing to us. Your request has been registered with ticket number ##%d##. We will get back to you shortly.\n\nPlease do not change the subject line while replying to this mail.\n\nRegards,\nSupport Team",
     ["Auto-Submitted: auto-replied"]),
]


def helpdesks():
    for name, frm, subj, body, extra in HELPDESK:
        for k in range(2):
            n = R.randint(10000, 99999)
            write("helpdesk-%s-%02d" % (name, k), frm, addr(), subj % n, body.replace("%d", str(n)), extra=extra)
    zh = ("工单系统 <ticket@kefu.example.com>", "【工单受理】您的工单 %d 已提交：邮件发送失败问题",
          "尊敬的用户，您好：\n\n您提交的工单（编号：%d）已受理，问题描述：“发往外部邮箱的邮件被退回”。\n我们的技术工程师将在 2 个工作日内与您联系，请耐心等待。\n\n您可以登录工单系统查看处理进度。\n\n此邮件由系统自动发送，请勿直接回复。\n客户服务中心")
    for k, cs in enumerate(["gbk", "gb2312", "gb18030", "utf-8"]):
        n = R.randint(100000, 999999)
        write("helpdesk-zh-gongdan-%s-%02d" % (cs.replace("-", ""), k), zh[0], addr(), zh[1] % n, zh[2] % n, cs=cs,
              extra=["Auto-Submitted: auto-replied"])
    tw = ("客服中心 <service@kefu.example.org>", "【案件受理】您的案件 %d 已建立",
          "親愛的用戶您好：\n\n您的問題（案件編號 %d）已建立，客服人員將盡快回覆您。\n問題摘要：寄出的信件顯示退信。\n\n本信件由系統自動發送，請勿直接回覆。")
    n = R.randint(100000, 999999)
    write("helpdesk-zh-tw-big5-00", tw[0], addr(), tw[1] % n, tw[2] % n, cs="big5", extra=["Auto-Submitted: auto-generated"])
    ja = ("サポートデスク <support@example.jp>", "【受付完了】お問い合わせ番号 %d",
          "お問い合わせいただきありがとうございます。\n以下の内容でお問い合わせを受け付けました。\n\nお問い合わせ番号：%d\n件名：メールが届かない件について\n\n担当者より2営業日以内にご連絡いたします。\n※本メールは送信専用アドレスから自動送信しています。")
    for k, cs in enumerate(["iso-2022-jp", "utf-8"]):
        n = R.randint(1000, 9999)
        write("helpdesk-ja-%02d" % k, ja[0], addr(), ja[1] % n, ja[2] % n, cs=cs, extra=["Auto-Submitted: auto-generated"])
    ko = ("고객센터 <help@example.kr>", "[문의 접수] 문의번호 %d 접수 완료",
          "안녕하세요, 고객님.\n\n문의하신 내용이 정상적으로 접수되었습니다. (문의번호 %d)\n담당자가 확인 후 영업일 기준 1~2일 이내에 답변 드리겠습니다.\n\n본 메일은 발신 전용입니다.")
    n = R.randint(1000, 9999)
    write("helpdesk-ko-euckr-00", ko[0], addr(), ko[1] % n, ko[2] % n, cs="euc-kr", extra=["Auto-Submitted: auto-replied"])
    for lang, frm, subj, body in [
        ("de", "Kundenservice <service@example.de>", "Ihre Anfrage %d ist bei uns eingegangen",
         "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer %d erfasst und wird schnellstmöglich bearbeitet.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nMit freundlichen Grüßen\nIhr Kundenservice"),
        ("fr", "Service client <sav@example.fr>", "Votre demande n°%d a bien été enregistrée",
         "Bonjour,\n\nNous accusons réception de votre demande n°%d. Un conseiller vous répondra dans les meilleurs délais.\n\nMerci de ne pas répondre à ce message généré automatiquement.\n\nCordialement,\nLe service client"),
        ("es", "Atención al cliente <soporte@example.es>", "Hemos recibido su consulta #%d",
         "Estimado cliente:\n\nHemos recibido su consulta y le hemos asignado el número de incidencia %d. Uno de nuestros agentes le responderá lo antes posible.\n\nEste mensaje se ha generado automáticamente.\n\nUn saludo,\nEl equipo de soporte"),
        ("pt", "Suporte <suporte@example.com.br>", "Chamado %d aberto com sucesso",
         "Olá,\n\nSeu chamado número %d foi aberto com sucesso e será atendido pela nossa equipe em breve.\n\nEsta é uma mensagem automática, por favor não responda.\n\nAtenciosamente,\nCentral de Atendimento"),
        ("it", "Assistenza <assistenza@example.it>", "Richiesta di assistenza %d ricevuta",
         "Gentile cliente,\n\nabbiamo ricevuto la sua richiesta di assistenza, registrata con il numero %d. Un nostro operatore la contatterà al più presto.\n\nQuesto messaggio è generato automaticamente.\n\nCordiali saluti,\nServizio Clienti"),
        ("ru", "Служба поддержки <support@example.ru>", "Заявка №%d зарегистрирована",
         "Здравствуйте!\n\nВаша заявка №%d зарегистрирована. Специалист свяжется с вами в ближайшее время.\n\nЭто письмо сформировано автоматически, отвечать на него не нужно.\n\nС уважением,\nСлужба поддержки"),
        ("pl", "Biuro Obsługi <bok@example.pl>", "Zgłoszenie nr %d zostało przyjęte",
         "Dzień dobry,\n\nPani/Pana zgłoszenie zostało przyjęte i otrzymało numer %d. Nasz konsultant skontaktuje się wkrótce.\n\nWiadomość wygenerowana automatycznie.\n\nPozdrawiamy,\nBiuro Obsługi Klienta"),
        ("nl", "Klantenservice <klantenservice@example.nl>", "Wij hebben uw vraag ontvangen (ticket %d)",
         "Beste klant,\n\nBedankt voor uw bericht. Uw vraag is geregistreerd onder ticketnummer %d. Wij nemen zo snel mogelijk contact met u op.\n\nDit is een automatisch gegenereerd bericht.\n\nMet vriendelijke groet,\nKlantenservice"),
    ]:
        cs = {"de": "iso-8859-1", "fr": "iso-8859-15", "ru": "koi8-r", "pl": "iso-8859-2", "it": "windows-1252"}.get(lang, "utf-8")
        n = R.randint(10000, 99999)
        write("helpdesk-%s-00" % lang, frm, addr(), subj % n, body % n, cs=cs, extra=["Auto-Submitted: auto-replied"])


# ------------------------------------------------- receipts, MDNs, confirmations
RECEIPTS = [
    ("en", "us-ascii", "Delivered: Quarterly figures", "Your message\n\n  To: %s\n  Subject: Quarterly figures\n  Sent: %s\n\nwas delivered to the following recipient:\n\n  %s\n\nThis is a delivery confirmation you requested; no action is needed."),
    ("en", "us-ascii", "Delivery confirmation: Contract draft", "Good news: your message \"Contract draft\" to %s (sent %s) was delivered to %s's mailbox.\nYou asked for this confirmation when you sent it."),
    ("de", "iso-8859-1", "Zugestellt: Angebot 2026", "Ihre Nachricht\n\n  An: %s\n  Betreff: Angebot 2026\n  Gesendet: %s\n\nwurde an folgenden Empfänger zugestellt:\n\n  %s\n\nDiese Bestätigung haben Sie beim Senden angefordert."),
    ("fr", "utf-8", "Remis : Réunion de lundi", "Votre message\n\n  À : %s\n  Objet : Réunion de lundi\n  Envoyé : %s\n\na bien été remis au destinataire suivant :\n\n  %s"),
    ("es", "iso-8859-1", "Entregado: Factura de marzo", "Su mensaje\n\n  Para: %s\n  Asunto: Factura de marzo\n  Enviado: %s\n\nse ha entregado correctamente al siguiente destinatario:\n\n  %s"),
    ("pt", "utf-8", "Entregue: Relatório mensal", "Sua mensagem\n\n  Para: %s\n  Assunto: Relatório mensal\n  Enviada: %s\n\nfoi entregue ao seguinte destinatário:\n\n  %s"),
    ("it", "iso-8859-1", "Recapitato: Preventivo", "Il messaggio\n\n  A: %s\n  Oggetto: Preventivo\n  Inviato: %s\n\nè stato recapitato al seguente destinatario:\n\n  %s"),
    ("nl", "utf-8", "Bezorgd: Offerte", "Uw bericht\n\n  Aan: %s\n  Onderwerp: Offerte\n  Verzonden: %s\n\nis bezorgd bij de volgende ontvanger:\n\n  %s"),
    ("pl", "iso-8859-2", "Dostarczono: Umowa", "Twoja wiadomość\n\n  Do: %s\n  Temat: Umowa\n  Wysłano: %s\n\nzostała dostarczona do następującego odbiorcy:\n\n  %s"),
    ("ru", "windows-1251", "Доставлено: Счёт на оплату", "Ваше сообщение\n\n  Кому: %s\n  Тема: Счёт на оплату\n  Отправлено: %s\n\nдоставлено следующему получателю:\n\n  %s"),
    ("zh", "gb2312", "已送达：项目周报", "您的邮件\n\n  收件人：%s\n  主题：项目周报\n  发送时间：%s\n\n已成功投递到以下收件人的邮箱：\n\n  %s\n\n这是您发信时要求的投递确认。"),
    ("zh", "gbk", "邮件投递成功通知", "您发送给 %s 的邮件（发送时间 %s）已成功投递至对方邮箱 %s。"),
    ("ja", "iso-2022-jp", "配信済み: 見積書の件", "次のメッセージは配信されました。\n\n  宛先: %s\n  送信日時: %s\n  配信先: %s"),
    ("ko", "euc-kr", "배달 완료: 회의 안건", "보내신 메일이 배달되었습니다.\n\n  받는 사람: %s\n  보낸 시각: %s\n  배달된 주소: %s"),
]


def receipts():
    for k, (lang, cs, subj, body) in enumerate(RECEIPTS):
        for j in range(2):
            rc = addr()
            frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % rc.split("@")[1] if j == 0 else "Mail System <noreply@%s>" % rc.split("@")[1]
            write("receipt-delivered-%s-%02d" % (lang, k * 2 + j), frm, addr(), subj, body % (rc, date(k), rc), cs=cs)


MDN = [
    ("displayed", "Read: Budget 2026", "Your message\n\n  To: %s\n  Subject: Budget 2026\n  Sent: %s\n\nwas read on %s."),
    ("displayed", "Gelesen: Urlaubsplanung", "Ihre Nachricht\n\n  An: %s\n  Betreff: Urlaubsplanung\n  Gesendet: %s\n\nwurde am %s gelesen."),
    ("displayed", "Lu : Compte rendu", "Votre message\n\n  À : %s\n  Objet : Compte rendu\n  Envoyé : %s\n\na été lu le %s."),
    ("displayed", "Leído: Presupuesto", "Su mensaje\n\n  Para: %s\n  Asunto: Presupuesto\n  Enviado: %s\n\nha sido leído el %s."),
    ("displayed", "已读：会议纪要", "您的邮件\n\n  收件人：%s\n  主题：会议纪要\n  发送时间：%s\n\n已于 %s 被阅读。"),
    ("displayed", "開封済み: 議事録", "あなたのメッセージ\n\n  宛先: %s\n  件名: 議事録\n  送信日時: %s\n\nは %s に開封されました。"),
    ("deleted", "Not read: Old invoice", "Your message\n\n  To: %s\n  Subject: Old invoice\n  Sent: %s\n\nwas deleted without being read on %s."),
    ("deleted", "Nicht gelesen: Rundschreiben", "Ihre Nachricht\n\n  An: %s\n  Betreff: Rundschreiben\n  Gesendet: %s\n\nwurde am %s ungelesen gelöscht."),
    ("deleted", "Non lu : Newsletter interne", "Votre message\n\n  À : %s\n  Objet : Newsletter interne\n  Envoyé : %s\n\na été supprimé sans avoir été lu le %s."),
    ("deleted", "Прочтено не было: План работ", "Ваше сообщение\n\n  Кому: %s\n  Тема: План работ\n  Отправлено: %s\n\nбыло удалено без прочтения %s."),
]


def mdns():
    for k, (disp, subj, human) in enumerate(MDN):
        for j in range(2):
            rc = addr()
            me = addr()
            b = "=_mdn_%X" % R.getrandbits(32)
            disp_line = "manual-action/MDN-sent-manually; %s" % disp if j == 0 else "automatic-action/MDN-sent-automatically; %s" % disp
            body = (human % (rc, date(k), date(k + 1))) + "\n"
            mid = "<%X@%s>" % (R.getrandbits(40), me.split("@")[1])
            parts = ("--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" % b).encode() + \
                base64.encodebytes(body.replace("\n", "\r\n").encode()).replace(b"\n", b"\r\n") + \
                ("--%s\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: %s; Thunderbird 115.6\r\nFinal-Recipient: rfc822;%s\r\nOriginal-Message-ID: %s\r\nDisposition: %s\r\n\r\n--%s--\r\n"
                 % (b, rc.split("@")[1], rc, mid, disp_line, b)).encode()
            i = COUNT[0]
            COUNT[0] += 1
            hdr = ["Return-Path: <%s>" % rc,
                   "Received: from [%s] (client.%s [%s])\r\n\tby mail.%s with ESMTPSA id %X\r\n\tfor <%s>; %s" % (ip(), rc.split("@")[1], ip(), me.split("@")[1], R.getrandbits(40), me, date(i)),
                   "Message-ID: <%X@%s>" % (R.getrandbits(48), rc.split("@")[1]), "Date: " + date(i),
                   "From: %s" % rc, "To: %s" % me, "Subject: " + enc_header(subj, "utf-8"), "In-Reply-To: " + mid,
                   "MIME-Version: 1.0", 'Content-Type: multipart/report; report-type=disposition-notification; boundary="%s"' % b]
            with open(os.path.join(HERE, "mdn-%s-%02d.eml" % (disp, k * 2 + j)), "wb") as f:
                f.write("\r\n".join(hdr).encode() + b"\r\n\r\n" + parts)


# ------------------------------------------------------ filter admin alerts
FILTERS = [
    ("amavisd", "Content-filter at mx1.example.com <postmaster@example.com>", "BANNED contents (.exe) in message to %s",
     "A message from <%s> to:\n  -> %s\n\nwas blocked by our content filter and is held in quarantine as banned-Xk2aP91f.\n\nOur content checker found\n    banned name: application/x-msdownload,.exe,invoice.exe\n\nContent type: Banned\nInternal reference code for the message is 38211-07/Xk2aP91f\n\nFirst upstream SMTP client IP address: [%s]\nThis notice is for the administrator of example.com only; the recipient was not informed."),
    ("clamav", "ClamAV Milter <root@mail.example.net>", "[VIRUS] Eicar-Signature found in mail to %s",
     "clamav-milter on mail.example.net rejected a message.\n\nSender: %s\nRecipient: %s\nVirus: Eicar-Signature\nClient: [%s]\n\nNo action is required. This report goes to the mail administrators daily."),
    ("rspamd", "Rspamd <rspamd@mx.example.org>", "Rspamd: message to %s rejected (score 17.2)",
     "Rspamd action: reject\nFrom: %s\nRcpt: %s\nIP: %s\nSymbols: BAYES_SPAM(5.10), RBL_SPAMHAUS_XBL(4.00), R_SPF_FAIL(1.00)\n\nThis alert is sent to the administrators of mx.example.org."),
    ("spamassassin", "SpamAssassin Report <sa-report@corp.example>", "Spam report: held message for %s",
     "The following message was identified as spam and held:\n\n  From: %s\n  To: %s\n  Relay: [%s]\n  Score: 12.4 (required 5.0)\n  Tests: HTML_MESSAGE, URIBL_BLACK, MISSING_DATE\n\nRelease it from the admin console if it is legitimate."),
    ("mailscanner", "MailScanner <postmaster@school.example>", "Warning: e-mail viruses detected (to %s)",
     "Our virus detector has just been triggered by a message you sent:-\n  To: %s\nNo, sorry, this report goes to the postmaster: sender %s, relay [%s].\nAny infected parts of the message have been removed and the rest was delivered.\n\n-- \nMailScanner\nEmail Virus Scanner"),
    ("proofpoint", "Proofpoint Essentials <noreply@pp.example.com>", "Message blocked for user %s",
     "Proofpoint Essentials has blocked the following message for your organization:\n\n  Sender: %s\n  Intended recipient: %s\n  Sender IP: %s\n  Reason: Malware (attachment)\n\nYou are receiving this alert because you are an administrator."),
    ("mimecast", "Mimecast Admin Alerts <alerts@mimecast.example.net>", "Attachment Protect: file held for %s",
     "An attachment was held by Attachment Protection.\n\nFrom: %s\nTo: %s\nSource IP: %s\nPolicy: Default Attachment Management\nAction: Hold for review\n\nReview the message in the Administration Console > Message Center > Held Messages."),
]


def filter_alerts():
    for name, frm, subj, body in FILTERS:
        for k in range(4):
            s, rc = addr(dom="sender.example"), addr()
            if name in ("amavisd", "clamav", "rspamd", "spamassassin", "proofpoint", "mimecast"):
                b = body % (s, rc, ip())
            else:
                b = body % (rc, s, ip())
            write("filter-alert-%s-%02d" % (name, k), frm, "postmaster@%s" % R.choice(DOMS), subj % rc, b,
                  cs="us-ascii", extra=["Auto-Submitted: auto-generated"] if k != 1 else [])


DIGEST_SUBJ = ["Mailbox full", "Undelivered Mail Returned to Sender", "Mail delivery failed", "Your mailbox is almost full",
               "Returned mail: see transcript", "Delivery Status Notification (Failure)", "Undeliverable: invoice", "ACCOUNT SUSPENDED - verify now",
               "Message not delivered", "Warning: could not send message for past 4 hours"]


def quarantine_digests():
    for k in range(16):
        rc = addr()
        rows = R.sample(DIGEST_SUBJ, 5)
        lines = "\n".join("  %-28s %-48s %s" % (addr(dom=R.choice(["spam.example", "promo.example.net", "x.example.org"])), r, "score %.1f" % R.uniform(6, 30)) for r in rows)
        prod = ["Mimecast", "Proofpoint", "Barracuda", "Microsoft 365 quarantine", "Sophos", "rspamd"][k % 6]
        body = ("Quarantine summary for %s\n\n%d messages are being held for you. They were NOT delivered to your inbox because they look like spam.\n\n"
                "  From                         Subject                                          Score\n%s\n\n"
                "To release a message, click Release in the web console. Held messages are deleted after 14 days.\n\n%s") % (rc, len(rows), lines, prod)
        html = None
        if k % 3 == 0:
            html = "<html><body><h2>Quarantine summary</h2><table>" + "".join("<tr><td>%s</td><td><a href=\"https://quarantine.example.com/release?id=%d\">Release</a></td></tr>" % (r, i) for i, r in enumerate(rows)) + "</table></body></html>"
        write("quarantine-digest-%02d" % k, "%s Quarantine <quarantine@%s>" % (prod, rc.split("@")[1]), rc,
              "Quarantine Summary: %d new messages held" % len(rows), body, html=html)


def queue_reports():
    for k in range(14):
        host = "mx%d.%s" % (k % 4 + 1, R.choice(DOMS))
        ids = ["%X" % R.getrandbits(40) for _ in range(4)]
        if k % 3 == 0:
            body = "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n" + "\n".join(
                "%s    %5d %s  %s\n   (connect to mx.%s[%s]:25: Connection timed out)\n                                         %s\n" % (
                    q, R.randint(900, 90000), "Thu Dec  3 04:1%d:22" % i, addr(), R.choice(["far.example", "slow.example.net"]), ip(), addr(dom="far.example")) for i, q in enumerate(ids)) + "\n-- 312 Kbytes in 4 Requests."
            subj = "Cron <root@%s> /usr/sbin/postqueue -p" % host
            frm = "Cron Daemon <root@%s>" % host
        elif k % 3 == 1:
            body = "Mail queue report for %s at %s\n\nactive: 3\ndeferred: %d\nhold: 0\nincoming: 0\n\nOldest deferred: %s (2h 11m)\nTop deferral reasons:\n  41  450 4.7.1 try again later (greylisted)\n  12  421 4.7.0 too many connections\n   3  Connection timed out\n\nThresholds: warn at 500 deferred. Status: OK" % (host, date(k), R.randint(10, 80), ids[0])
            subj = "[mailq] %s deferred queue report" % host
            frm = "queue-monitor <monitor@%s>" % host.split(".", 1)[1]
        else:
            body = "Exim queue summary on %s\n\nCount  Volume  Oldest  Newest  Domain\n-----  ------  ------  ------  ------\n    4    42KB     3h     12m  far.example\n    1     7KB     1h      1h  slow.example.net\n---------------------------------------------------------------\n    5    49KB     3h     12m  TOTAL\n\n(exiqsumm run from cron; messages are retried per the retry rules.)" % host
            subj = "Cron <root@%s> exim -bp | exiqsumm" % host
            frm = "Cron Daemon <root@%s>" % host
        write("queue-report-%02d" % k, frm, "root@%s" % host, subj, body, cs="us-ascii",
              extra=["Auto-Submitted: auto-generated", "X-Cron-Env: <SHELL=/bin/sh>"] if "Cron" in frm else [])


def monitoring():
    items = [("smtp check", "SMTP OK - 0.112 sec. response time, line 1: 220 mx1.example.com ESMTP"),
             ("imap check", "CRITICAL - Socket timeout after 10 seconds"),
             ("mailq check", "WARNING: mailq is 612 (threshold w = 500)"),
             ("DNSBL check", "OK: 192.0.2.25 not listed on 14 lists"),
             ("TLS cert", "WARNING - certificate for mx2.example.net expires in 12 days"),
             ("disk /var/mail", "DISK CRITICAL - free space: /var/mail 812 MB (4%)")]
    for k in range(16):
        svc, out = items[k % len(items)]
        host = "mx%d.example.com" % (k % 3 + 1)
        state = out.split()[0].rstrip(":") if k % 2 else ("RECOVERY" if k % 4 == 0 else out.split()[0].rstrip(":"))
        body = "***** Icinga *****\n\nNotification Type: %s\n\nService: %s\nHost: %s\nAddress: %s\nState: %s\n\nDate/Time: %s\n\nAdditional Info:\n\n%s\n" % (
            "PROBLEM" if state != "RECOVERY" else "RECOVERY", svc, host, ip(), state, date(k), out)
        write("monitor-mail-%02d" % k, "icinga <icinga@monitor.example.com>", "ops@example.com",
              "** %s Service Alert: %s/%s is %s **" % ("PROBLEM" if state != "RECOVERY" else "RECOVERY", host, svc, state), body, cs="us-ascii",
              extra=["Auto-Submitted: auto-generated"])


def esp_summaries():
    esps = ["SendPilot", "MailCrate", "PostHaven", "Blastwave", "LetterLoop", "Campaignly"]
    for k in range(14):
        esp = esps[k % len(esps)]
        sent = R.randint(20000, 900000)
        hb, sb = R.randint(10, 900), R.randint(50, 3000)
        body = ("Weekly deliverability summary for %s\nAccount: %s   Period: 23-29 Nov 2026\n\n"
                "Sent:            %d\nDelivered:       %d (%.2f%%)\nHard bounces:    %d (%.2f%%)\nSoft bounces:    %d (%.2f%%)\n"
                "Spam complaints: %d (%.3f%%)\nUnsubscribes:    %d\n\nYour bounce rate is below the 2%% threshold. Addresses that hard-bounced were suppressed automatically; "
                "see Suppressions > Bounces in the dashboard for the list.\n\nTop receiving domains: example.com, example.net, example.org\n\n-- \nThe %s team") % (
            esp, "marketing@%s" % R.choice(DOMS), sent, sent - hb - sb, 100.0 * (sent - hb - sb) / sent, hb, 100.0 * hb / sent, sb, 100.0 * sb / sent,
            R.randint(0, 40), R.uniform(0, 0.05), R.randint(10, 400), esp)
        html = "<html><body><h1>Weekly summary</h1><p>Hard bounces: %d &middot; Soft bounces: %d</p><p><a href=\"https://app.esp.example.com/reports\">Open the report</a></p></body></html>" % (hb, sb) if k % 2 else None
        write("esp-weekly-summary-%02d" % k, "%s Reports <reports@%s.example.com>" % (esp, esp.lower()), addr(),
              "Your weekly report: %.1f%% delivered, %d bounces" % (100.0 * (sent - hb - sb) / sent, hb + sb), body, html=html,
              extra=["Precedence: bulk", "List-Unsubscribe: <https://%s.example.com/u/1>" % esp.lower()])


LISTNOTICE = [
    ("mailman2", "en", "utf-8", "%s-owner@lists.example.org", "Your membership in the mailing list %s has been disabled",
     "Your membership in the mailing list %s has been disabled due to excessive bounces. You will not get any more messages from this list until you re-enable your membership. You will receive %d more reminders like this before your membership in the list is deleted.\n\nTo re-enable your membership, you can simply respond to this message (leaving the Subject: line intact), or visit the confirmation page at\n\n    https://lists.example.org/mailman/confirm/%s/8c1f2e\n\nYou can also visit your membership page at\n\n    https://lists.example.org/mailman/options/%s/%s\n\nIf you have any questions or problems, you can contact the list owner at\n\n    %s-owner@lists.example.org"),
    ("mailman3", "en", "utf-8", "%s-owner@lists.example.net", "Your subscription for the mailing list %s has been disabled",
     "Your subscription to the %s mailing list has been disabled because of excessive bounces (score %d). You will get no more posts until you re-enable it.\n\nTo re-enable your subscription, reply to this message or visit https://lists.example.net/postorius/lists/%s/ (member %s, list %s).\n\nContact %s-owner@lists.example.net with any questions."),
    ("sympa", "fr", "iso-8859-1", "sympa-request@listes.example.fr", "Votre abonnement à la liste %s est suspendu",
     "Bonjour,\n\nVotre abonnement à la liste %s a été suspendu car nos messages vous sont revenus en erreur (score %d).\nPour le réactiver, rendez-vous sur https://listes.example.fr/sympa/info/%s (adresse %s, liste %s).\n\nL'équipe %s"),
    ("listserv", "en", "us-ascii", "LISTSERV@LISTSERV.EXAMPLE.EDU", "Your subscription to %s: bounces noted",
     "Dear subscriber,\n\nMail sent from the %s list to your address has been returned %d times in the past week. Your subscription is currently set to NOMAIL to stop further returns. To resume, send SET %s MAIL from %s to LISTSERV@LISTSERV.EXAMPLE.EDU (list %s, owner %s-request)."),
    ("mlmmj", "de", "utf-8", "%s+owner@lists.example.de", "Ihr Abonnement der Liste %s wurde pausiert",
     "Hallo,\n\nE-Mails der Liste %s an Ihre Adresse kamen %d-mal als unzustellbar zurück. Ihr Abonnement wurde deshalb vorübergehend deaktiviert.\nZum Reaktivieren: https://lists.example.de/%s (Adresse %s, Liste %s, Kontakt %s+owner)."),
    ("googlegroups", "es", "utf-8", "noreply@groups.example.com", "Se ha suspendido la entrega de %s",
     "Hola:\n\nHemos dejado de enviarte mensajes del grupo %s porque tu servidor de correo los rechazó %d veces. Para volver a recibirlos, visita https://groups.example.com/g/%s (dirección %s, grupo %s, administradores %s)."),
]


def list_notices():
    for name, lang, cs, frm, subj, body in LISTNOTICE:
        for k in range(3):
            lst = R.choice(["hiking", "devel", "announce", "users", "staff", "alumni"])
            me = addr()
            b = body % (lst, R.randint(1, 5), lst, me, lst, lst)
            write("list-notice-member-%s-%02d" % (name, k), frm.replace("%s", lst), me, subj % lst, b, cs=cs,
                  extra=["Precedence: bulk", "List-Id: <%s.lists.example.org>" % lst, "X-List-Administrivia: yes"])


ACCOUNT = [
    ("password-expiry", "en", "us-ascii", "Your password expires in %d days", "Hello,\n\nThe password for your account %s will expire in %d days. Please change it at https://account.example.com/password before it expires, or you will not be able to sign in.\n\nIT Department"),
    ("password-expiry", "de", "iso-8859-1", "Ihr Kennwort läuft in %d Tagen ab", "Hallo,\n\ndas Kennwort für Ihr Konto %s läuft in %d Tagen ab. Bitte ändern Sie es rechtzeitig im Self-Service-Portal.\n\nIhre IT"),
    ("password-expiry", "fr", "utf-8", "Votre mot de passe expire dans %d jours", "Bonjour,\n\nle mot de passe du compte %s expire dans %d jours. Merci de le modifier sur le portail.\n\nLa DSI"),
    ("password-expiry", "zh", "gb18030", "密码将在 %d 天后过期", "您好：\n\n您的账号 %s 的密码将在 %d 天后过期，请及时登录自助平台修改密码。\n\n信息中心"),
    ("password-expiry", "ja", "iso-2022-jp", "パスワードの有効期限まで残り%d日です", "%s のパスワードの有効期限まで残り %d 日です。期限までに変更してください。\n\n情報システム部"),
    ("password-expiry", "ko", "utf-8", "비밀번호 만료 %d일 전 안내", "안녕하세요.\n\n%s 계정의 비밀번호가 %d일 후 만료됩니다. 미리 변경해 주세요.\n\n전산팀"),
    ("storage-warning", "en", "us-ascii", "Your mailbox is %d%% full", "Hello,\n\nYour mailbox %s is using %d%% of its storage. Nothing has been rejected; when it reaches 100%% you may stop receiving new mail, so please archive or delete old messages.\n\nMail administrator"),
    ("storage-warning", "es", "iso-8859-1", "Su buzón está al %d%% de su capacidad", "Hola:\n\nEl buzón %s ocupa el %d%% del espacio disponible. Le recomendamos borrar mensajes antiguos.\n\nSoporte"),
    ("storage-warning", "pt", "utf-8", "Sua caixa postal está %d%% cheia", "Olá,\n\nA caixa postal %s está usando %d%% do espaço. Apague mensagens antigas para continuar recebendo e-mails normalmente.\n\nTI"),
    ("storage-warning", "it", "iso-8859-1", "La casella è piena al %d%%", "Gentile utente,\n\nla casella %s ha raggiunto il %d%% dello spazio disponibile. Si consiglia di eliminare i messaggi vecchi.\n\nAmministrazione posta"),
    ("storage-warning", "ru", "koi8-r", "Почтовый ящик заполнен на %d%%", "Здравствуйте!\n\nПочтовый ящик %s заполнен на %d%%. Удалите старые письма, чтобы не пропустить новые.\n\nАдминистратор почты"),
    ("storage-warning", "pl", "utf-8", "Skrzynka zajęta w %d%%", "Dzień dobry,\n\nskrzynka %s jest zajęta w %d%%. Prosimy usunąć stare wiadomości.\n\nAdministrator"),
    ("storage-warning", "nl", "iso-8859-1", "Uw mailbox is voor %d%% vol", "Beste gebruiker,\n\nuw mailbox %s is voor %d%% gevuld. Verwijder oude berichten om ruimte te maken.\n\nBeheer"),
    ("storage-warning", "zh", "gbk", "您的邮箱容量已使用 %d%%", "尊敬的用户：\n\n您的邮箱 %s 已使用 %d%% 的空间，请及时清理邮件，以免影响正常收信。\n\n邮件系统管理员"),
    ("storage-warning", "zh-tw", "big5", "信箱容量已使用 %d%%", "您好：\n\n您的信箱 %s 已使用 %d%% 容量，請刪除舊郵件。\n\n系統管理員"),
    ("cloud-storage", "en", "utf-8", "You've used %d%% of your cloud storage", "Hi,\n\nYour account %s has used %d%% of its 15 GB. Photos and email share this space. Upgrade or free up space to keep everything syncing.\n\nThe Cloudbox team"),
]


def account_notices():
    for k, (kind, lang, cs, subj, body) in enumerate(ACCOUNT):
        for j in range(2):
            me = addr()
            n = R.choice([3, 5, 7, 14]) if "password" in kind else R.choice([80, 85, 90, 95])
            if lang == "ja":
                b = body % (me, n)
            else:
                b = body % (me, n)
            write("%s-%s-%02d" % (kind, lang, k * 2 + j), "IT Notifications <no-reply@%s>" % me.split("@")[1], me, subj % n, b, cs=cs,
                  extra=["Auto-Submitted: auto-generated"] if j else [])


PARCEL = [
    ("en", "us-ascii", "Delivery failed: we missed you", "We tried to deliver your parcel %s today but nobody was at home. Delivery failed. We will try again tomorrow, or you can pick it up at the depot."),
    ("en", "us-ascii", "Delivery attempt unsuccessful - parcel %s", "Your parcel %s could not be delivered because the address was incomplete. Please update your address within 5 days."),
    ("de", "utf-8", "Zustellung fehlgeschlagen – Sendung %s", "Wir konnten Ihre Sendung %s heute nicht zustellen. Sie liegt ab morgen in Ihrer Filiale zur Abholung bereit."),
    ("fr", "iso-8859-1", "Échec de livraison de votre colis %s", "Nous n'avons pas pu livrer votre colis %s : destinataire absent. Il vous attend en point relais pendant 10 jours."),
    ("es", "utf-8", "Entrega fallida del envío %s", "No hemos podido entregar su envío %s. Intentaremos una nueva entrega el próximo día hábil."),
    ("pt", "iso-8859-1", "Tentativa de entrega sem sucesso - %s", "Não foi possível entregar a encomenda %s. Ela está disponível para retirada na agência."),
    ("it", "utf-8", "Consegna non riuscita: spedizione %s", "Non è stato possibile consegnare la spedizione %s. Riproveremo domani."),
    ("nl", "utf-8", "Bezorging mislukt voor pakket %s", "We konden pakket %s vandaag niet bezorgen. Het ligt bij een afhaalpunt bij u in de buurt."),
    ("pl", "iso-8859-2", "Nieudana próba doręczenia przesyłki %s", "Nie udało się doręczyć przesyłki %s. Przesyłka czeka w punkcie odbioru."),
    ("ru", "utf-8", "Не удалось доставить посылку %s", "Курьер не смог доставить посылку %s. Выберите новое время доставки в личном кабинете."),
    ("zh", "gb2312", "快递派送失败通知：运单 %s", "您好，您的快递（运单号 %s）今日派送失败，原因：收件人不在。快递员将于明日再次派送。"),
    ("ja", "iso-2022-jp", "お荷物をお届けできませんでした（%s）", "お荷物（伝票番号 %s）をお届けにあがりましたがご不在でした。再配達をご依頼ください。"),
    ("ko", "euc-kr", "배송 실패 안내 (%s)", "고객님의 택배(%s)를 배송하지 못했습니다. 재배송 일정을 선택해 주세요."),
]


def parcels():
    for k, (lang, cs, subj, body) in enumerate(PARCEL):
        tn = "1Z%010d" % R.randint(0, 10 ** 10)
        for j in range(2 if k < 3 else 1):
            write("parcel-delivery-failed-%s-%02d" % (lang, k * 2 + j), "Parcel Service <tracking@parcel.example.com>", addr(), subj.replace("%s", tn), body.replace("%s", tn) + "\n\nTracking: https://parcel.example.com/t/" + tn, cs=cs)


SMS = [
    ("SMS could not be delivered", "Your SMS to +1 555 0100 123 could not be delivered: the handset is switched off. Credits were refunded. (Gateway message id %s)"),
    ("Text message delivery failed", "The text message you sent from the web portal to +44 7700 900%03d was not delivered by the carrier after 24 hours. ID %s"),
    ("Push notification not delivered", "Push to device %s failed: token expired (APNs). 12 of 18,230 pushes in campaign Spring failed."),
    ("SMS-Zustellung fehlgeschlagen", "Ihre SMS an +49 30 901820%s konnte nicht zugestellt werden (Empfänger nicht erreichbar)."),
    ("短信发送失败", "您于今日发送至 138****%s 的短信发送失败，原因：对方手机已关机。费用已退回。"),
    ("SMS non consegnato", "Il messaggio SMS verso +39 06 %s non è stato consegnato: numero inesistente."),
    ("Échec de l'envoi du SMS", "Le SMS envoyé au +33 6 %s n'a pas pu être distribué. Aucun crédit n'a été débité."),
]


def sms_alerts():
    for k, (subj, body) in enumerate(SMS):
        for j in range(2):
            v = "%04d" % R.randint(0, 9999)
            b = body % ((int(v) % 1000, v) if "%03d" in body else (v,))
            write("sms-push-not-delivered-%02d" % (k * 2 + j), "SMS Gateway <noreply@sms.example.net>", addr(), subj, b + "\n\n-- \nsms.example.net customer portal",
                  cs="gb2312" if "短信" in subj else "utf-8", extra=["Auto-Submitted: auto-generated"] if j else [])


QUOTES = [
    "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table",
    "552 5.2.2 Mailbox full: %s",
    "554 5.7.1 Service unavailable; Client host [%s] blocked using zen.spamhaus.org",
    "451 4.7.1 Greylisting in action, please come back later (%s)",
    "421 4.7.0 [TSS04] Messages from %s temporarily deferred due to unexpected volume",
]
ASK = [
    ("en", "us-ascii", "Re: weird error when mailing the supplier", "Hi %s,\n\nI tried again this morning and still got this back from their server:\n\n> %s\n\nDo you know whether they changed their address, or is this on our side? I'd rather not phone them if it's our mistake.\n\nThanks,\n%s"),
    ("en", "us-ascii", "Fwd: Undelivered Mail Returned to Sender", "Hey %s, can you take a look? This came back when I wrote to the new client. The interesting line is:\n\n    %s\n\nShould I just use their gmail instead?\n\n%s"),
    ("de", "iso-8859-1", "AW: Mail kommt zurück", "Hallo %s,\n\nbei mir kam wieder diese Meldung:\n\n> %s\n\nKannst du bitte nachsehen, ob unser Server auf einer Liste steht?\n\nGruß\n%s"),
    ("fr", "utf-8", "RE: message revenu", "Bonjour %s,\n\nj'ai reçu ceci en retour :\n\n> %s\n\nEst-ce que l'adresse est toujours valable d'après toi ?\n\n%s"),
    ("es", "utf-8", "RE: me devuelven los correos", "Hola %s:\n\nMe ha vuelto a pasar, el servidor responde:\n\n> %s\n\n¿Sabes si es cosa nuestra?\n\nUn saludo,\n%s"),
    ("pt", "utf-8", "Re: e-mail voltou", "Oi %s,\n\nO e-mail voltou com esta mensagem:\n\n> %s\n\nVocê sabe o que significa?\n\nAbraços,\n%s"),
    ("it", "iso-8859-1", "R: mail tornata indietro", "Ciao %s,\n\nmi è tornata indietro con questo errore:\n\n> %s\n\nSai se l'indirizzo è cambiato?\n\n%s"),
    ("nl", "utf-8", "RE: mail komt terug", "Hoi %s,\n\nIk krijg steeds dit terug:\n\n> %s\n\nWeet jij of dat aan ons ligt?\n\nGroet,\n%s"),
    ("pl", "utf-8", "Odp: wiadomość wróciła", "Cześć %s,\n\ndostałem taki zwrot:\n\n> %s\n\nWiesz może, czy to nasz problem?\n\nPozdrawiam,\n%s"),
    ("ru", "koi8-r", "Re: письмо вернулось", "Привет, %s!\n\nПисьмо вернулось с такой ошибкой:\n\n> %s\n\nПодскажи, это у нас что-то сломалось?\n\n%s"),
    ("zh", "gbk", "回复：邮件被退回了", "%s，你好：\n\n我给客户发的邮件又被退回了，提示如下：\n\n> %s\n\n是我们这边的问题吗？麻烦帮忙看一下。\n\n%s"),
    ("zh-tw", "big5", "回覆：信被退回", "%s 您好：\n\n寄給廠商的信被退回，訊息如下：\n\n> %s\n\n請問是對方的信箱有問題嗎？\n\n%s"),
    ("ja", "iso-2022-jp", "Re: メールが戻ってきました", "%sさん\n\n取引先に送ったメールが以下のエラーで戻ってきました。\n\n> %s\n\n原因が分かりますか？\n\n%s"),
    ("ko", "utf-8", "RE: 메일이 반송되었어요", "%s님,\n\n거래처로 보낸 메일이 아래 오류와 함께 돌아왔습니다.\n\n> %s\n\n혹시 원인을 아시나요?\n\n%s"),
]


def human_quotes():
    for k, (lang, cs, subj, body) in enumerate(ASK):
        for j in range(2):
            q = QUOTES[(k + j) % len(QUOTES)]
            q = q % (ip() if "host" in q else addr(dom="partner.example"))
            a, b = R.sample(NAMES, 2)
            me, you = addr(a.split()[0].lower()), addr(b.split()[0].lower())
            write("person-quotes-bounce-%s-%02d" % (lang, k * 2 + j), "%s <%s>" % (a, me), "%s <%s>" % (b, you), subj,
                  body % (b.split()[0], q, a.split()[0]), cs=cs,
                  extra=["In-Reply-To: <%X@%s>" % (R.getrandbits(40), you.split("@")[1]), "User-Agent: Mozilla Thunderbird" if j else "X-Mailer: Microsoft Outlook 16.0"])


PHISH = [
    ("en", "Mail Delivery Failure: 4 messages held", "Dear user,\n\nWe could not deliver 4 incoming messages to your mailbox because of a sync error on the server. To release the pending messages, sign in below and confirm your account within 24 hours.\n\nRelease messages: http://mail-verify.example.net/login\n\nEmail Administrator"),
    ("en", "Undeliverable: Your mailbox storage is full", "Your mailbox has exceeded its storage limit and incoming messages are being returned to senders. Click here to increase your quota for free: http://quota-upgrade.example.org/\n\nFailure to do this will result in closure of your account.\n\nHelpdesk"),
    ("en", "Action required: messages returned to sender", "Several messages sent to you were returned to the senders. Verify your email address now to restore delivery: http://restore.example.net/v?id=98231"),
    ("de", "Nachrichten konnten nicht zugestellt werden", "Sehr geehrter Kunde,\n\n3 eingehende Nachrichten wurden zurückgehalten. Bestätigen Sie Ihr Postfach unter http://postfach-check.example.net, sonst wird es deaktiviert."),
    ("fr", "Échec de remise : votre boîte est pleine", "Votre boîte de réception a atteint sa limite. Les messages entrants sont rejetés. Cliquez ici pour augmenter gratuitement votre espace : http://espace.example.org"),
    ("es", "Correos no entregados en su buzón", "Tiene 5 correos pendientes que no se han entregado. Inicie sesión para recibirlos: http://buzon-verificar.example.net"),
    ("pt", "Falha na entrega de mensagens", "Detectamos mensagens retidas em sua caixa. Confirme seus dados para liberar: http://liberar.example.org"),
    ("it", "Messaggi non recapitati", "Alcuni messaggi per lei non sono stati recapitati. Verifichi il suo account entro 24 ore: http://verifica.example.net"),
    ("zh", "【系统通知】您有 6 封邮件被退回", "尊敬的用户：\n\n由于您的邮箱未及时升级，6 封来信已被系统退回。请立即点击以下链接验证账号，否则邮箱将被停用：http://mail-shengji.example.net"),
    ("ru", "Недоставленные письма в вашем ящике", "Уважаемый пользователь! 4 входящих письма не были доставлены. Подтвердите учётную запись: http://pochta-proverka.example.org"),
    ("ja", "【重要】メール配信停止のお知らせ", "お客様のメールボックスで未配信のメッセージが5件あります。以下のリンクからアカウントを確認してください。http://kakunin.example.net"),
    ("ko", "메일 수신 중단 안내", "고객님의 메일함에서 5건의 메일이 반송되었습니다. 아래 링크에서 계정을 확인하세요: http://hwagin.example.org"),
    ("nl", "Berichten niet afgeleverd", "Er staan 3 berichten voor u klaar die niet zijn afgeleverd. Log in om ze vrij te geven: http://vrijgeven.example.net"),
    ("pl", "Wiadomości nie zostały dostarczone", "Na Twoje konto czekają 4 niedostarczone wiadomości. Zaloguj się, aby je odebrać: http://odbierz.example.org"),
]


def phishing():
    for k, (lang, subj, body) in enumerate(PHISH):
        frm = R.choice(["Mail Admin <admin@%s>", "Email Support <support@%s>", "IT Helpdesk <it-desk@%s>"]) % R.choice(["secure-login.example.net", "webmail-notice.example.org"])
        html = None
        if k % 2:
            html = "<html><body><p>%s</p><p><a href=\"http://login.example.net/\">VERIFY NOW</a></p></body></html>" % body.replace("\n", "<br>")
        write("phish-bounce-prose-%s-%02d" % (lang, k), frm, addr(), subj, body, cs="utf-8", html=html, extra=["X-Priority: 1"])


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for step in (helpdesks, receipts, mdns, filter_alerts, quarantine_digests, queue_reports, monitoring, esp_summaries,
                 list_notices, account_notices, parcels, sms_alerts, human_quotes, phishing):
        step()
    print("wrote %d messages" % len([f for f in os.listdir(HERE) if f.endswith(".eml")]))


if __name__ == "__main__":
    main()
