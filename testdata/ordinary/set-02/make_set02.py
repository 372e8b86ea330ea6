#!/usr/bin/env python3
"""Writes testdata/ordinary/set-02/*.eml: a second blind set of ORDINARY mail
(no bounce, no RFC 3834 auto-reply) of kinds the first set has little of.

Written from issue 12's description of false bounces on ordinary mail and
from what list, helpdesk, abuse and shop mailboxes hold, without reading the
analyzer's signs, rules or parser and before any analyzer run.

Standard library only; helpers from ../../unseen/samplelib.py. Output is
deterministic (a seeded generator; dates, ids and boundaries from names).
Parties use example domains and documentation IP ranges.
"""
import base64
import importlib.util
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "samplelib", os.path.join(HERE, "..", "..", "unseen", "samplelib.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

R = random.Random(20261203)
COUNT = {}

IPS = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def ip():
    return R.choice(IPS) % R.randint(2, 250)


def qid():
    return "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(12))


def when(i, base_day=1):
    d = (base_day + i) % 27 + 1
    return S.dt(2026, 11, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                R.choice(["+0000", "+0100", "-0500", "+0800", "+0900", "-0800", "+0200"]))


def hops(from_host, to_host, date, n=2, rcpt=None):
    hs = []
    mids = ["mx%d.%s" % (R.randint(1, 3), to_host), "relay.%s" % from_host]
    hs.append((mids[0] if n > 1 else from_host, ip(), "mail.%s" % to_host,
               "Postfix", qid(), date, rcpt))
    if n > 1:
        hs.append((mids[1], ip(), mids[0], "Postfix", qid(), date))
    if n > 2:
        hs.append(("localhost", "127.0.0.1", mids[1], "Postfix, from userid 1000", qid(), date))
    return S.received(hs)


def emit(kind, frm, to, subject, body_ctype, *, extra=(), date=None, host=None,
         to_host="example.net", nhops=2, cc=None, lead="", name=None):
    """Writes one message; body_ctype starts with the top part's Content-Type."""
    n = COUNT.get(kind, 0)
    COUNT[kind] = n + 1
    name = name or "%s-%02d.eml" % (kind, n)
    date = date or when(n + len(kind))
    host = host or frm.split("@")[-1].rstrip(">")
    heads = [hops(host, to_host, date, nhops)]
    heads += [("Date", date), ("From", frm), ("To", to)]
    if cc:
        heads.append(("Cc", cc))
    heads += [("Subject", subject), ("Message-ID", S.mid(name, host))]
    heads += list(extra)
    S.write(HERE, name, S.mail(heads, body_ctype), lead)
    return name


def txt(text, charset="us-ascii", cte=None, subtype="plain"):
    return S.text_part(text, charset, cte, subtype)


def alt(name, plain, html, charset="utf-8"):
    return S.multipart("alternative", [txt(plain, charset, "quoted-printable"),
                                       txt(html, charset, "quoted-printable", "html")],
                       S.boundary(name, 1))


def list_heads(lid, post, archive, help_=None, mgr="mailman"):
    h = [("List-Id", lid), ("List-Post", "<mailto:%s>" % post),
         ("List-Archive", "<%s>" % archive), ("Precedence", "list")]
    if mgr == "mailman":
        local, dom = post.split("@")
        h += [("List-Unsubscribe", "<https://%s/mailman/options/%s>,\n <mailto:%s-request@%s?subject=unsubscribe>" % (dom, local, local, dom)),
              ("List-Help", "<mailto:%s-request@%s?subject=help>" % (local, dom)),
              ("Errors-To", "%s-bounces@%s" % (local, dom)),
              ("Sender", "\"%s\" <%s-bounces@%s>" % (local, local, dom))]
    elif mgr == "ezmlm":
        local, dom = post.split("@")
        h += [("Mailing-List", "contact %s-help@%s; run by ezmlm" % (local, dom)),
              ("List-Help", "<mailto:%s-help@%s>" % (local, dom)),
              ("List-Unsubscribe", "<mailto:%s-unsubscribe@%s>" % (local, dom)),
              ("Delivered-To", "mailing list %s" % post)]
    elif mgr == "vger":
        h += [("X-Mailing-List", post)]
    return h


PEOPLE = ["Anna Lindqvist", "Rafael Ortega", "Mei Chen", "Tomasz Nowak", "Priya Raman",
          "Jonas Becker", "Chloe Martin", "Kenji Sato", "Olusegun Adeyemi", "Sara Rossi",
          "Dmitri Volkov", "Hannah Schmidt", "Luis Fernandes", "Aoife Byrne", "Yusuf Demir",
          "Ingrid Haugen", "Pablo Ruiz", "Nadia Haddad", "Wei Zhang", "Eva Novakova"]


def addr(person, dom):
    first, last = person.lower().split(" ", 1)
    return "%s.%s@%s" % (first, last.replace(" ", ""), dom)


def who(person, dom):
    return "%s <%s>" % (person, addr(person, dom))


# --------------------------------------------------------------------------
# 1. kernel-style patches on a vger-like list
SUBSYS = [("net: stmmac", "fix RX descriptor refill after DMA error"),
          ("mm/vmscan", "avoid reclaim stall when swap is full"),
          ("ext4", "do not leak journal credits on ENOSPC"),
          ("drm/amdgpu", "bounce buffer size for small BARs"),
          ("usb: dwc3", "handle a disconnect during suspend"),
          ("nvme-pci", "retry the admin queue after a controller reset"),
          ("xfs", "return -EAGAIN instead of blocking in nowait writes"),
          ("tty: serial", "drop the undelivered-characters warning"),
          ("bpf", "reject a map update when the value size is wrong"),
          ("scsi: mpt3sas", "reject an invalid reply frame quietly"),
          ("swiotlb", "account bounce pages per device"),
          ("net/smc", "fix the failed-connection counter")]


def kernel():
    for i, (sub, title) in enumerate(SUBSYS):
        p = PEOPLE[i % len(PEOPLE)]
        dom = R.choice(["example.com", "example.org", "kernel-dev.example"])
        ver = R.choice(["", " v2", " v3", " RESEND"])
        k, m = (i % 3) + 1, 3
        subject = "[PATCH%s %d/%d] %s: %s" % (ver, k, m, sub, title)
        fn = sub.split(":")[0].replace(" ", "").replace("-", "_")
        body = f"""{title[0].upper() + title[1:]}.

When the path fails the caller gets an error back but the state is left
half updated, and the next attempt trips over it. Users reported this as
intermittent failures; it reproduces in a few minutes under stress-ng.

Fixes: {R.randrange(16**12):012x} ("{sub}: rework the error path")
Reported-by: {PEOPLE[(i + 5) % 20]} <{addr(PEOPLE[(i + 5) % 20], 'example.net')}>
Signed-off-by: {p} <{addr(p, dom)}>
---
 drivers/{fn}/core.c | 9 ++++++---
 1 file changed, 6 insertions(+), 3 deletions(-)

diff --git a/drivers/{fn}/core.c b/drivers/{fn}/core.c
index 3f2a9c1..8b7d0e4 100644
--- a/drivers/{fn}/core.c
+++ b/drivers/{fn}/core.c
@@ -412,9 +412,12 @@ static int {fn}_submit(struct {fn}_ctx *ctx)
 \tret = {fn}_queue(ctx);
 \tif (ret) {{
-\t\tpr_err("{fn}: submit failed: %d\\n", ret);
-\t\treturn ret;
+\t\tpr_err_ratelimited("{fn}: submit failed: %d\\n", ret);
+\t\tgoto undo;
 \t}}
 \treturn 0;
+undo:
+\t{fn}_rollback(ctx);
+\treturn ret;
 }}
--
2.4{R.randint(0, 7)}.{R.randint(0, 3)}
"""
        extra = list_heads("<linux-%s.vger.example.org>" % fn.replace("_", "-"), "linux-%s@vger.example.org" % fn.replace("_", "-"),
                           "https://lore.example.org/linux-%s/" % fn.replace("_", "-"), mgr="vger")
        extra += [("X-Mailer", "git-send-email 2.43.0"), ("In-Reply-To", S.mid("cover-%d" % i, dom)),
                  ("References", S.mid("cover-%d" % i, dom))]
        emit("list-kernel-patch", who(p, dom), "linux-%s@vger.example.org" % fn.replace("_", "-"), subject,
             "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + body,
             extra=extra, cc="%s <%s>" % (PEOPLE[(i + 2) % 20], addr(PEOPLE[(i + 2) % 20], "example.com")))


# --------------------------------------------------------------------------
# 2. Debian / Python / Apache style discussion lists
DEB = [("debian-devel", "Re: Bug#10%05d: exim4: deferred mail is never retried after a DNS failure",
        "> Exim logs 'retry time not reached for any host' and the queue just\n> sits there until the daily run.\n\nThat is the retry rule doing its job, not a bug. Look at\n/etc/exim4/conf.d/retry/30_exim4-config and the timeouts there; the\ndefault is F,2h,15m; G,16h,1h,1.5; F,4d,6h. If you want a faster first\nretry, change the first rule. I suggest we close this as wontfix."),
       ("debian-user", "Re: postfix says 'Relay access denied' for my laptop",
        "> Nov 12 10:01:22 box postfix/smtpd[812]: NOQUEUE: reject: RCPT from\n> unknown[198.51.100.23]: 554 5.7.1 <friend@example.org>: Relay access denied\n\nYour laptop is not in mynetworks and is not authenticating. Either\nenable submission on 587 with SASL (see /usr/share/doc/postfix) or add\nyour LAN to mynetworks. Do not add 0.0.0.0/0, you will be an open relay\nwithin the hour."),
       ("debian-devel-announce", "Bits from the release team: freeze dates",
        "Hi all,\n\nthe transition freeze starts on 2027-01-12, the soft freeze a month\nlater. Packages with RC bugs older than 30 days will be removed from\ntesting without further notice; please check the dashboard.\n\nFor the release team,\nAnna"),
       ("debian-user-german", "Re: Mails an gmx kommen zurueck",
        "> 550 5.7.1 Mail rejected: SPF check failed\n\nDein Provider-Relay steht nicht im SPF-Record deiner Domain. Trag den\nRelay als include: ein oder versende ueber den Provider. Danach sollte\nes gehen, DNS-TTL abwarten."),
       ("debian-mentors", "RFS: opendkim-tools/2.11.1-1 [ITP] -- DKIM key utilities",
        "Dear mentors,\n\nI am looking for a sponsor for my package \"opendkim-tools\":\n\n * Package name    : opendkim-tools\n   Version         : 2.11.1-1\n   Upstream Author : The OpenDKIM Project\n * License         : BSD-3-clause\n   Section         : mail\n\nIt builds these binary packages:\n opendkim-tools - DKIM key generation and testing utilities\n\nThanks,\nTomasz"),
       ("debian-security-announce", "[SECURITY] [DSA 6112-1] exim4 security update",
        "-------------------------------------------------------------------------\nDebian Security Advisory DSA-6112-1                security@debian.example\nhttps://www.debian.example/security/                        Mei Chen\nNovember 14, 2026                      https://www.debian.example/security/faq\n-------------------------------------------------------------------------\n\nPackage        : exim4\nCVE ID         : CVE-2026-44120\n\nA flaw was found in the handling of malformed BDAT chunks which could\nlead to a denial of service.\n\nFor the stable distribution (trixie), this problem has been fixed in\nversion 4.98.1-3+deb13u2.\n\nWe recommend that you upgrade your exim4 packages.")]


PY = [("python-dev", "Re: PEP 999: smtplib should raise a typed exception per reply code",
       "> The SMTPRecipientsRefused dict is awkward: {'x@example.org': (550,\n> b'5.1.1 User unknown')} is not something you can pattern-match on.\n\nAgreed, but changing the exception hierarchy in a minor release breaks\nevery `except SMTPException` that inspects .smtp_code. A subclass per\nclass (4xx vs 5xx) could be additive. Can you add a section on that?"),
      ("python-list", "Re: email.message_from_bytes mangles my GB2312 subject",
       "> Subject: =?gb2312?B?xOO6ww==?=\n> comes out as bytes in a Header object\n\nUse policy=email.policy.default; the compat32 policy keeps the old\nHeader objects. With the default policy msg['subject'] is a str.\n\n-- \nRafael"),
      ("python-ideas", "Re: a 'retry_after' attribute on urllib errors",
       "I like it, though 429 and 503 are not the only codes that carry it.\nMaybe start with a helper in http.client and see if it sticks."),
      ("python-announce-list", "[ANN] aiosmtpd 1.5.0",
       "aiosmtpd 1.5.0 is out.\n\nChanges:\n- SMTPUTF8 handled per RFC 6531\n- the handler's handle_RCPT may return a 4xx to defer a recipient\n- dropped Python 3.8\n\nhttps://pypi.example.org/project/aiosmtpd/1.5.0/\n\nEnjoy,\nKenji")]

APACHE = [("dev", "james", "[VOTE] Release Apache James 3.9.1 (RC2)",
           "Hi,\n\nI would like to call a vote for Apache James 3.9.1 RC2.\nChanges since RC1: the mailet that handles DSN no longer drops the\nEnvelope-Id; bounce processor logs at INFO instead of WARN.\n\nStaging: https://repository.example.org/content/repositories/orgjames-1042\n\n[ ] +1 release\n[ ] 0\n[ ] -1 because ...\n\nThe vote stays open for 72 hours.\n\nBenoit"),
          ("users", "spamassassin", "Re: RCVD_IN_DNSWL_BLOCKED on every message",
           "> X-Spam-Status: ... RCVD_IN_DNSWL_BLOCKED=0.001 ...\n\nYou are querying through a public resolver and the DNSWL operator\nrefuses those queries. Run a local unbound and the rule goes away."),
          ("dev", "httpd", "Re: mod_proxy: backend connection failed handling",
           "> AH01114: HTTP: failed to make connection to backend: 192.0.2.40\n\nThe patch looks right to me, +1. Please add a test to the framework\nfor the retry timer though."),
          ("commits", "kafka", "[kafka] branch trunk updated: KAFKA-17301: retry failed deliveries with backoff",
           "This is an automated email from the ASF dual-hosted git repository.\n\nsara pushed a commit to branch trunk\nin repository https://gitbox.example.org/repos/asf/kafka.git\n\nThe following commit(s) were added to refs/heads/trunk by this push:\n     new 4c1e2ab  KAFKA-17301: retry failed deliveries with backoff (#18230)\n4c1e2ab is described below\n\ncommit 4c1e2ab\nAuthor: Sara Rossi <sara@example.org>\n\n    KAFKA-17301: retry failed deliveries with backoff\n---\n .../producer/internals/Sender.java   | 12 +++++++++---\n 1 file changed, 9 insertions(+), 3 deletions(-)"),
          ("user", "camel", "Re: camel-mail consumer marks message as seen even when the route fails",
           "Set the option skipFailedMessage=false and handleFailedMessage=true;\nthe consumer will then roll back the SEEN flag when the exchange fails.\nSee the camel-mail docs, section 'Rollback'."),
          ("announce", "tomcat", "[ANN] Apache Tomcat 11.0.3 available",
           "The Apache Tomcat team announces the immediate availability of Apache\nTomcat 11.0.3.\n\nThe notable changes compared to 11.0.2 include:\n- Fix a regression in the JavaMail session factory\n- Improve the error page when a WebSocket upgrade failed\n\nDownloads: https://tomcat.example.org/download-11.cgi\n\nThe Apache Tomcat Team")]


def discuss():
    for i, (lst, subj, body) in enumerate(DEB):
        p = PEOPLE[(i * 3) % 20]
        if "%05d" in subj:
            subj = subj % (i * 7919 % 100000 + 1234)
        emit("list-debian", who(p, "example.org"), "%s@lists.debian.example" % lst, subj,
             txt(body + "\n\n", "utf-8", "quoted-printable"),
             extra=list_heads("<%s.lists.debian.example>" % lst, "%s@lists.debian.example" % lst,
                              "https://lists.debian.example/%s/" % lst, mgr="smartlist") +
             [("X-Mailing-List", "<%s@lists.debian.example> archive/latest/%d" % (lst, 4000 + i)),
              ("X-Debian", "PGP check passed for signature"), ("Resent-From", "%s@lists.debian.example" % lst),
              ("Resent-Sender", "%s-request@lists.debian.example" % lst)])
    for i, (lst, subj, body) in enumerate(PY):
        p = PEOPLE[(i * 5 + 1) % 20]
        emit("list-python", who(p, "example.com"), "%s@python.example.org" % lst, subj,
             txt(body + "\n", "utf-8", "8bit" if False else "7bit"),
             extra=list_heads("<%s.python.example.org>" % lst, "%s@python.example.org" % lst,
                              "https://mail.python.example.org/archives/list/%s@python.example.org/" % lst))
    for i, (lst, proj, subj, body) in enumerate(APACHE):
        p = PEOPLE[(i * 7 + 2) % 20]
        post = "%s@%s.apache.example.org" % (lst, proj)
        emit("list-apache", who(p, "example.net"), post, subj, txt(body + "\n"),
             extra=list_heads("<%s.%s.apache.example.org>" % (lst, proj), post,
                              "https://lists.apache.example.org/list.html?%s" % post, mgr="ezmlm"))


# --------------------------------------------------------------------------
# 3. MIME digests (multipart/digest of message/rfc822 parts) and text digests
DIGEST_TOPICS = [("mailop", "Gmail deferring with 421-4.7.28 since this morning?",
                  "Anyone else seeing\n  421-4.7.28 Gmail has detected an unusual rate of unsolicited mail\nfrom our IPv6 range? IPv4 is fine. Nothing changed on our side."),
                 ("postfix-users", "smtp_tls_security_level per destination",
                  "Use smtp_tls_policy_maps; a line like 'example.org secure' there\noverrides the global level for that destination only."),
                 ("dovecot", "quota warning script runs twice",
                  "You have both quota_warning and quota_warning2 at 95%; the second\none fires as well. Remove one."),
                 ("exim-users", "Re: 'all hosts for example.net have been failing for a long time'",
                  "That message is the retry database speaking. exim_tidydb\n/var/spool/exim retry will clear the stale entries."),
                 ("nanog", "Re: BGP session flaps at IX",
                  "We saw the same, hold timer expired every 90 s. Turned out to be an\nMTU mismatch on the new port."),
                 ("freebsd-questions", "Re: sendmail queue runs but nothing leaves",
                  "mailq shows 'Deferred: Connection refused by mx.example.net'. The\nremote side blocks port 25 from your dynamic range; use a smarthost."),
                 ("opensmtpd", "table-ldap and aliases",
                  "The aliases lookup returns the attribute value as-is; strip the\nleading 'smtp:' in the LDAP filter instead of in smtpd.conf."),
                 ("rspamd-users", "Re: symbols for forwarded mail",
                  "Forwarded mail breaks SPF; rely on ARC. Enable the arc module and\ntrust the forwarder's ARC-Seal.")]


def digests():
    for i, (lst, subj, body) in enumerate(DIGEST_TOPICS):
        dom = "lists.example.org"
        name = "list-digest-mime-%02d.eml" % i
        inner = []
        for j in range(3):
            p = PEOPLE[(i + j * 4) % 20]
            s = subj if j == 0 else "Re: " + subj.replace("Re: ", "")
            b = body if j == 0 else "> %s\n\nThanks, that was it.\n" % body.splitlines()[0]
            msg = "From: %s\nTo: %s@%s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n" % (
                who(p, "example.com"), lst, dom, s, when(i + j), S.mid("%s/%d" % (name, j), "example.com"))
            inner.append("Content-Type: message/rfc822\n\n" + msg + "\n" + b + "\n")
        toc = "Send %s mailing list submissions to\n\t%s@%s\n\nToday's Topics:\n\n" % (lst, lst, dom)
        toc += "".join("   %d. %s%s (%s)\n" % (j + 1, "Re: " if j else "", subj.replace("Re: ", ""), PEOPLE[(i + j * 4) % 20]) for j in range(3))
        dig = S.multipart("digest", inner, S.boundary(name, 2))
        body_all = S.multipart("mixed", [txt(toc), dig], S.boundary(name, 1))
        emit("list-digest-mime", "%s-request@%s" % (lst, dom), "%s@%s" % (lst, dom),
             "%s Digest, Vol %d, Issue %d" % (lst, 200 + i, 11 + i), body_all, name=name,
             extra=list_heads("<%s.%s>" % (lst, dom), "%s@%s" % (lst, dom), "https://%s/pipermail/%s/" % (dom, lst)))


# --------------------------------------------------------------------------
# 4. [ANN] release announcements
ANN = ["Postfix stable release 3.9.2", "Dovecot v2.4.2 released", "OpenDMARC 1.4.3 released",
       "rspamd 3.11 released", "Exim 4.98.2 released (security)", "Thunderbird 140 ESR",
       "Roundcube Webmail 1.6.11 released", "swaks 20260301.0", "mailcow 2026-11 update",
       "Haraka 3.1.0"]


def ann():
    for i, a in enumerate(ANN):
        proj = a.split(" ")[0].lower()
        p = PEOPLE[(i * 3 + 7) % 20]
        body = f"""{a}

This release fixes the following:

- Bounce handling: a malformed DSN from a remote server no longer makes
  the queue manager log "status=bounced" twice for one recipient.
- The "delivery failed" counter in the statistics page counted deferrals;
  it now counts only permanent failures.
- Undeliverable local recipients are reported with the right enhanced
  status code (5.1.1 instead of 5.0.0).
- Translation updates (de, fr, ja, zh_CN).

Upgrading: no configuration changes are required. Packages for the usual
distributions will follow in the next days.

Checksums and signatures:
  https://downloads.{proj}.example.org/{proj}-{i + 1}.tar.gz
  https://downloads.{proj}.example.org/{proj}-{i + 1}.tar.gz.sig

Thanks to everyone who reported issues and tested the release candidates.

-- 
{p}, for the {proj} project
"""
        lst = "%s-announce" % proj
        emit("list-ann", who(p, "%s.example.org" % proj), "%s@lists.example.org" % lst, "[ANN] " + a,
             txt(body), extra=list_heads("<%s.lists.example.org>" % lst, "%s@lists.example.org" % lst,
                                         "https://lists.example.org/%s/" % lst))


# --------------------------------------------------------------------------
# 5. long human threads quoting SMTP errors
ERRS = ["550 5.1.1 <ceo@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
        "552 5.2.2 The email account that you tried to reach is over quota.",
        "554 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using zen.spamhaus.example",
        "421 4.7.0 Try again later, closing connection. (EHLO)",
        "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
        "451 4.3.0 Temporary lookup failure",
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
        "553 5.3.0 <sales@example.net>... Mailbox unavailable or access denied",
        "554 5.6.0 Message rejected: the attachment type is not allowed",
        "550 5.7.606 Access denied, banned sending IP [203.0.113.9]",
        "452 4.2.2 Mailbox full, try again later",
        "550 Requested action not taken: mailbox unavailable",
        "530 5.7.0 Must issue a STARTTLS command first",
        "554 5.4.14 Hop count exceeded - possible mail loop",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"]


def threads():
    for i, err in enumerate(ERRS):
        a, b, c = PEOPLE[i % 20], PEOPLE[(i + 3) % 20], PEOPLE[(i + 8) % 20]
        da, db = "example.com", R.choice(["example.net", "example.org"])
        code = err.split(" ")[0]
        body = f"""Hi {a.split()[0]},

thanks, I checked with our side. Short version: it is not our server.

> {c.split()[0]} wrote on {when(i)}:
>> I tried again this morning and got the same thing back from your
>> gateway:
>>
>>    {err}
>>
>> Could you ask your admins to look into it? Our invoices to you keep
>> coming back and accounting is getting nervous.
>
> Forwarded to IT, they said they'd look at the logs.

IT found the log line. The {code} comes from the filtering service in
front of our mail, not from the mailbox server itself, and they opened a
case with the vendor. In the meantime please send the invoices to
{addr(b, db)} as well, that address is routed differently and should work.

I'll let you know when we hear back. Sorry for the hassle, and thanks
for your patience.

Best,
{b}
--
{b} | Accounts payable | {db}
"""
        subj = "Re: Re: RE: invoices not reaching you (%s error)" % code
        emit("thread-quoted-smtp", who(b, db), who(a, da), subj, txt(body, "utf-8", "quoted-printable"),
             cc=who(c, da), to_host=da, nhops=3,
             extra=[("In-Reply-To", S.mid("thr-%d-2" % i, da)),
                    ("References", "%s\n %s" % (S.mid("thr-%d-1" % i, db), S.mid("thr-%d-2" % i, da))),
                    ("X-Mailer", R.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3826)", "Thunderbird 128.4.0"])),
                    ("Thread-Topic", "invoices not reaching you")])


# --------------------------------------------------------------------------
# 6. abuse desk / postmaster correspondence between humans
def abuse():
    cases = ["a phishing run from one of your customers' accounts",
             "spam from 203.0.113.45 (your range)", "a compromised WordPress sending mail",
             "a dictionary attack on our MX from 198.51.100.0/24",
             "your listing of our IP 192.0.2.18", "backscatter from your secondary MX",
             "unsolicited bulk mail to our role accounts", "our newsletter marked as spam by your users",
             "a forged From: with our domain", "a complaint we received about your relay"]
    for i, c in enumerate(cases):
        p, q = PEOPLE[(i + 1) % 20], PEOPLE[(i + 11) % 20]
        incoming = i % 2 == 0
        frm = "%s <abuse@example.net>" % q if incoming else who(p, "example.com")
        to = "postmaster@example.com" if incoming else "abuse@example.net"
        tick = 880000 + i * 37
        body = f"""Hello,

{'this is ' + q + ' from the abuse desk at example.net, a person, not a script.' if incoming else 'I am the postmaster at example.com and am writing about ' + c + '.'}

{'We are writing about ' + c + '. ' if incoming else ''}We looked at the evidence
(headers below, trimmed) and would appreciate if you could check on your
side and reply to this message; keep [ticket #{tick}] in the subject.

  Received: from customer-host.example.net (customer-host.example.net [{ip()}])
          by mx1.example.com with ESMTP id {qid()};
          {when(i)}
  From: "Security Team" <no-reply@example.com>
  Subject: Your account will be suspended

We are not asking you to block anything on our behalf, only to confirm
whether the source is yours and whether it has been cleaned up. If you
need the full message we can send it as an attachment.

Regards,
{q if incoming else p}
{'Abuse desk, example.net - office hours Mon-Fri 08-18 CET' if incoming else 'postmaster, example.com'}
"""
        emit("abuse-desk-human", frm, to, "[ticket #%d] %s" % (tick, c[0].upper() + c[1:]), txt(body),
             extra=[("X-Mailer", "Thunderbird 128.4.0")] + ([("Reply-To", "abuse@example.net")] if incoming else []))
    # postmaster questions from humans
    qs = [("Why do my mails to you go to spam?", "Since Monday every mail from our office lands in your users'\njunk folder. SPF, DKIM and DMARC pass according to the headers we\ngot back from a colleague. Could you tell us what your filter sees?"),
          ("Please remove 192.0.2.61 from your block list", "Our new mail server on 192.0.2.61 gets '554 rejected due to local\npolicy' from your MX. It is a fresh VPS, we took over the IP last week.\nReverse DNS is set (mail.example.org). Thanks in advance."),
          ("Re: your question about our SPF", "Hi, the softfail you saw was during the migration; our record now\nends in -all and lists only our two outbound relays. Please try again."),
          ("Mailbox for a former employee", "Could you set up forwarding for j.doe@example.com to\nhr@example.com for 90 days? She left at the end of October; the\nrequest is signed off by HR (ticket HR-2231)."),
          ("Re: test message from our new relay", "Got it, arrived fine at 10:42 with TLS 1.3. Headers look good.\nYou can switch the MX over whenever you like."),
          ("Delisting request: example.org", "Dear postmaster, we found our domain on your internal list after a\ncustomer reported '550 5.7.1 sender rejected'. We had a compromised\naccount on 2 Nov which is fixed, password reset and 2FA enforced."),
          ("Question about your TLS requirement", "Do you require TLS for inbound mail from partners? One of our legacy\nsystems can only do TLS 1.0 and we want to know before we send you\nthe monthly reports."),
          ("Thanks!", "Just wanted to say thanks for the quick help yesterday with the\nrelay issue. All our shipping notices are going out again."),
          ("Re: Re: DKIM failing for our newsletter", "You were right, the body was re-encoded by the link tracker after\nsigning. We moved the signing step after tracking and it passes now."),
          ("Large attachments from our architects", "Our architects regularly send 40 MB plans to your domain. Is there a\nsize limit we should know about? We'd rather use a file share than\nhave them wonder why nothing arrives.")]
    for i, (s, b) in enumerate(qs):
        p = PEOPLE[(i * 3 + 4) % 20]
        dom = R.choice(["example.org", "example.com"])
        emit("to-postmaster-human", who(p, dom), "postmaster@example.net", s,
             txt("Hello postmaster,\n\n%s\n\nKind regards,\n%s\n" % (b, p)),
             extra=[("X-Mailer", R.choice(["Microsoft Outlook 16.0", "Roundcube Webmail/1.6.9", "K-9 Mail for Android"]))])


# --------------------------------------------------------------------------
# 7. ISP customer support replies about blocked mail
ISP = ["Northline Broadband", "Cedar Telecom", "Bluewave ISP", "Alpenkabel", "Harbor Fibre", "Pampa Net"]


def isp():
    issues = [("outgoing mail blocked on port 25", "residential connections cannot send on port 25; use our\nsmarthost smtp.%s on port 587 with your account credentials"),
              ("my mails are rejected by other providers", "your IP address 203.0.113.%d was listed on a public block list\nbecause of a virus on one of your devices; we have requested delisting"),
              ("cannot receive mail from my bank", "the mails from your bank were held by our spam filter. We have\nreleased them and added the sender to your safe list"),
              ("mailbox full?", "your mailbox is at 48%% of its 10 GB; it is not full. The error your\ncontact saw came from their own provider, not from us"),
              ("sending limit", "accounts on the Basic plan may send 300 messages per day; your\nnewsletter of 900 addresses exceeded it, which is why it stopped"),
              ("account suspended for spam", "we temporarily blocked outgoing mail after 4,000 messages in an hour.\nWe reset your password; please run a virus scan before we lift the block")]
    for i in range(12):
        name = ISP[i % len(ISP)]
        dom = name.split()[0].lower() + ".example"
        title, answer = issues[i % len(issues)]
        answer = answer % (dom,) if "%s" in answer else (answer % (i + 20) if "%d" in answer else answer.replace("%%", "%"))
        cust = PEOPLE[(i + 6) % 20]
        ticket = "CS-%07d" % (4410000 + i * 131)
        body = f"""Dear {cust},

Thank you for contacting {name} customer support.

Regarding your request "{title}": {answer}.

If the problem continues, simply reply to this email and keep the
reference {ticket} in the subject so it comes back to me.

Kind regards,
{PEOPLE[(i + 13) % 20].split()[0]}
{name} Customer Care

---- Your original message ----
> Hello, I have a problem since yesterday: {title}. Is something wrong
> on your side?
> Thanks, {cust.split()[0]}
"""
        emit("isp-support", "%s Support <support@%s>" % (name, dom), who(cust, "example.com"),
             "Re: [%s] %s" % (ticket, title[0].upper() + title[1:]),
             alt("isp-%d" % i, body, "<html><body><p>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"),
             extra=[("Reply-To", "support+%s@%s" % (ticket.lower(), dom)), ("X-Ticket-ID", ticket),
                    ("X-Mailer", "Zammad Mail Service")])


# --------------------------------------------------------------------------
# 8. e-commerce: order, shipping, return, parcel returned to sender
SHOPS = ["Fernwood Home", "Kettle & Crumb", "Volt Gadgets", "Rosewater Books", "Trailmark Outdoor"]


def shop():
    kinds = [("order", "Your order #%s is confirmed", "Thanks for your order! We are getting it ready.\n\nOrder #%s\n  1 x Stainless kettle 1.7 l        39.90 EUR\n  2 x Descaler tablets              7.80 EUR\n  Shipping                          4.95 EUR\n  Total                            52.65 EUR\n\nDelivery address: %s, 14 Harbour Road, Example Town\nEstimated delivery: 3-5 business days."),
             ("shipped", "Your order #%s has shipped", "Good news: order #%s is on its way.\n\nCarrier: ParcelNet\nTracking: PN%s\nShip to: %s\n\nYou can follow it at https://track.example.com/PN-tracking."),
             ("return", "Return label for order #%s", "We received your return request for order #%s.\n\nPrint the attached label and drop the parcel at any post office within\n14 days. Once it is back in our warehouse we refund %s to the original\npayment method; that usually takes 5 business days."),
             ("returned-to-sender", "Your parcel was returned to sender (order #%s)", "We're sorry: the carrier could not deliver order #%s and returned it to\nus after three attempts (recipient not known at address: %s).\n\nWe'll refund the full amount, or reply to this email with a corrected\naddress and we will ship it again free of charge."),
             ("delivery-failed", "Delivery attempt failed for order #%s", "Our courier tried to deliver order #%s today but nobody was home.\nIt is waiting at the pick-up point for %s for 7 days. Bring ID and the\ncode 4471.")]
    for i in range(22):
        shop_ = SHOPS[i % len(SHOPS)]
        k, subj, body = kinds[i % len(kinds)]
        order = "%d" % (100230 + i * 97)
        cust = PEOPLE[(i * 7) % 20]
        fill = cust if k != "return" else "64.60 EUR"
        if k == "shipped":
            body = body % (order, order + "DE", cust)
        else:
            body = body % (order, fill)
        dom = shop_.split()[0].lower() + ".example.com"
        html = "<!doctype html><html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td><h2>%s</h2><p>%s</p><p style=\"color:#888\">%s, Example Street 1. <a href=\"https://%s/unsubscribe\">Email preferences</a></p></td></tr></table></body></html>" % (
            shop_, body.replace("\n", "<br>\n"), shop_, dom)
        name = "shop-%s-%02d.eml" % (k, i)
        emit("shop-" + k, "%s <orders@%s>" % (shop_, dom), who(cust, "example.net"), subj % order,
             alt(name, body + "\n\n" + shop_ + "\n", html), name=name,
             extra=[("List-Unsubscribe", "<https://%s/unsubscribe?u=%d>" % (dom, i)),
                    ("X-Mailer", "ShopMailer 4.2"), ("Feedback-ID", "%d:orders:%s" % (i, dom))])


# --------------------------------------------------------------------------
# 9. bank and utility statements
def statements():
    orgs = [("Harbourside Bank", "statements", "Your November statement is ready", "Your account statement for November 2026 is available in online\nbanking. For your security we do not attach statements to email.\n\nAccount: **** **** **** 4821\nClosing balance: 2,418.06 EUR"),
            ("City Water", "billing", "Your water bill for October", "Amount due: 41.20 EUR, due on 15 December 2026. Meter reading\n1843 m3 (estimated). Pay online or by direct debit."),
            ("Voltara Energy", "noreply", "Your payment could not be collected", "We tried to collect your monthly payment of 96.00 EUR on 2 November\nbut your bank returned the direct debit (insufficient funds). We will\ntry again on 16 November; no fee has been charged."),
            ("Union Credit", "alerts", "Card payment declined", "A payment of 23.99 USD at STREAMCO was declined because the card\nwas locked in the app. If this was you, unlock the card and retry."),
            ("Harbourside Bank", "service", "Transfer returned", "Your transfer of 150.00 EUR to IBAN DE00 0000 0000 0000 0000 00 was\nreturned by the receiving bank (account closed). The amount has been\ncredited back to your account."),
            ("Metro Gas", "billing", "Annual statement 2026", "Your annual consumption was 9,840 kWh. Your new monthly instalment\nis 78.00 EUR from January.")]
    for i in range(12):
        org, box, subj, body = orgs[i % len(orgs)]
        dom = org.split()[0].lower() + ".example.com"
        cust = PEOPLE[(i * 9 + 2) % 20]
        full = "Dear %s,\n\n%s\n\nThis message was sent to %s. Please do not reply;\nwrite to us through the secure message centre.\n\n%s\n" % (cust, body, addr(cust, "example.org"), org)
        if i % 2:
            content = txt(full, "utf-8", "quoted-printable")
        else:
            pdf = base64.b64encode(b"%PDF-1.4\n% statement " + bytes(str(i), "ascii") + b"\n%%EOF\n").decode()
            content = S.multipart("mixed", [txt(full, "iso-8859-1", "quoted-printable"),
                                            S.part("application/pdf; name=\"statement-2026-11.pdf\"", pdf, "base64",
                                                   "Content-Disposition: attachment; filename=\"statement-2026-11.pdf\"")],
                                  S.boundary("stmt-%d" % i))
        emit("statement", "%s <%s@%s>" % (org, box, dom), who(cust, "example.org"), subj, content,
             extra=[("X-Auto-Response-Suppress", "All")])


# --------------------------------------------------------------------------
# 10. social-network notifications
def social():
    nets = [("Friendly", "friendly.example.com", "%s commented on your photo", "%s commented: \"Great shot! Where was this?\""),
            ("Linkwork", "linkwork.example.com", "%s wants to connect", "%s, Senior Engineer at Example Corp, sent you an invitation."),
            ("Chirp", "chirp.example.com", "%s mentioned you", "@you the delivery failed again lol, third time this week #couriers"),
            ("Pictogram", "pictogram.example.com", "%s started following you", "%s and 3 others started following you."),
            ("Neighbourly", "neighbourly.example.com", "New post near you from %s", "Lost parcel: a box addressed to No. 12 was left at ours, come get it!"),
            ("Forumly", "forumly.example.com", "%s replied to your thread", "Re: \"message could not be delivered\" on my phone - it's the SMS centre number, reset it in settings.")]
    for i in range(12):
        net, dom, subj, body = nets[i % len(nets)]
        actor = PEOPLE[(i * 11 + 3) % 20]
        if "%s" in body:
            body = body % actor
        cust = PEOPLE[(i + 9) % 20]
        plain = "%s\n\n%s\n\nView on %s: https://%s/n/%d\n\nYou received this because you have notifications on. Unsubscribe: https://%s/settings\n" % (subj % actor, body, net, dom, 900 + i, dom)
        html = "<html><body><div style=\"max-width:480px\"><p><b>%s</b></p><p>%s</p><p><a href=\"https://%s/n/%d\">View</a></p><p style=\"font-size:11px\">You received this because you have notifications on. <a href=\"https://%s/settings\">Unsubscribe</a></p></div></body></html>" % (subj % actor, body, dom, 900 + i, dom)
        emit("social", "%s <notification@mail.%s>" % (net, dom), who(cust, "example.org"), subj % actor,
             alt("soc-%d" % i, plain, html), host="mail." + dom,
             extra=[("List-Unsubscribe", "<https://%s/u/%d>" % (dom, i)), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("X-Priority", "3"), ("Precedence", "bulk")])


# --------------------------------------------------------------------------
# 11. SaaS alerts about failures that are not e-mail delivery
def saas():
    alerts = [("Hookrelay", "Webhook delivery failed for endpoint https://api.example.org/hooks/orders",
               "We attempted to deliver event order.created (evt_%s) 5 times over 2 hours.\nLast attempt: HTTP 502 Bad Gateway after 10.0 s.\nWe will retry 3 more times, then disable the endpoint."),
              ("BuildPipe", "Job failed: deploy-production #%s",
               "Pipeline: web / main\nJob: deploy-production\nStatus: failed (exit code 1)\n\n  Error: rollout timed out after 600s: 2 of 6 pods not ready\n\nView logs: https://ci.example.com/jobs/%s"),
              ("CloudDrive", "Sync failed on LAPTOP-42",
               "2 files could not be synced:\n  Q4 plan.xlsx - the file is open in another program\n  photos/IMG_0042.HEIC - not enough space on the server (quota 15 GB)\nSync will retry automatically."),
              ("Textly", "SMS message could not be delivered",
               "Your SMS to +1 555 0100 (campaign 'Reminder %s') could not be delivered:\nerror 30003 Unreachable destination handset. Check the number or try again."),
              ("PushCast", "Push notification delivery failed for 1,204 devices",
               "Campaign 'Black Friday' (id %s): 1,204 of 52,880 push notifications\nwere not delivered because the device tokens are no longer registered.\nThose tokens were removed from your audience."),
              ("Calendly-ish", "Calendar sync failed",
               "We could not read your calendar (invalid_grant). Reconnect your\naccount so new bookings do not clash. Reference %s."),
              ("DataDock", "Scheduled export failed",
               "Export 'daily-sales' (run %s) failed: the SFTP server sftp.example.net\nrefused the connection. The next run is tomorrow at 02:00 UTC."),
              ("Paygate", "Payout failed",
               "Your payout of 1,820.00 EUR (po_%s) failed: the bank account was\nclosed. Update your bank details in the dashboard."),
              ("StatusBeam", "Monitor DOWN: checkout API",
               "checkout API (https://api.example.com/health) is DOWN since 03:12 UTC.\nReason: Connection timeout from 3 of 4 locations. Incident %s."),
              ("ChatHub", "Message could not be delivered to #support",
               "Your message in #support could not be delivered because the channel\nwas archived. Ref %s. Copy of your message: \"can someone look at ticket 441?\"")]
    for i in range(20):
        svc, subj, body = alerts[i % len(alerts)]
        ref = "%d" % (77000 + i * 13)
        subj = subj % ref if "%s" in subj else subj
        body = body % ((ref,) * body.count("%s"))
        dom = svc.lower().replace("-ish", "").replace(" ", "") + ".example.com"
        cust = PEOPLE[(i * 13 + 5) % 20]
        extra = [("X-Entity-Ref-ID", ref)]
        if i % 3 == 0:
            extra.append(("Auto-Submitted", "auto-generated"))
        if i % 4 == 1:
            extra.append(("X-Auto-Response-Suppress", "OOF, AutoReply"))
        full = "Hi %s,\n\n%s\n\n-- \n%s - manage alerts at https://%s/settings/notifications\n" % (cust.split()[0], body, svc, dom)
        content = txt(full) if i % 2 else alt("saas-%d" % i, full, "<html><body><pre>%s</pre></body></html>" % full.replace("&", "&amp;").replace("<", "&lt;"))
        emit("saas-alert", "%s <alerts@%s>" % (svc, dom), who(cust, "example.org"), "[%s] %s" % (svc, subj), content, extra=extra)


# --------------------------------------------------------------------------
# 12. calendar and meeting mail
def calendar():
    topics = ["Mail migration go/no-go", "Quarterly review", "Postmortem: outbound queue backlog",
              "1:1", "Vendor call: filtering service", "Team lunch", "Incident review: bounced invoices",
              "Board prep", "Sprint planning", "DMARC rollout check-in"]
    for i, t in enumerate(topics):
        org, att = PEOPLE[(i + 2) % 20], PEOPLE[(i + 15) % 20]
        uid = "%032x" % R.getrandbits(128)
        d = "202612%02dT%02d0000Z" % (i + 1, 9 + i % 6)
        method = ["REQUEST", "REQUEST", "CANCEL", "REQUEST", "PUBLISH"][i % 5]
        ics = f"""BEGIN:VCALENDAR
PRODID:-//Example Corp//Calendar 2.1//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261120T101500Z
DTSTART:{d}
DURATION:PT45M
SUMMARY:{t}
ORGANIZER;CN={org}:mailto:{addr(org, 'example.com')}
ATTENDEE;CN={att};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{addr(att, 'example.com')}
LOCATION:Room 3.14 / https://meet.example.com/{uid[:10]}
STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}
SEQUENCE:{i % 3}
END:VEVENT
END:VCALENDAR
"""
        if i % 5 == 4:
            # minutes after the meeting, plain text
            body = f"Notes from today's \"{t}\":\n\n- The queue backlog came from the filtering vendor deferring us with\n  4xx for two hours; nothing was lost, everything went out after 11:20.\n- Action ({att.split()[0]}): ask the vendor for their rate limits in writing.\n- Next check-in in two weeks.\n\n{org.split()[0]}\n"
            emit("meeting-notes", who(org, "example.com"), who(att, "example.com"), "Notes: " + t, txt(body))
            continue
        desc = "%s has %s: %s\nWhen: %s\n" % (org, "cancelled" if method == "CANCEL" else "invited you to", t, d)
        parts = [txt(desc), S.part("text/calendar; charset=utf-8; method=%s" % method, ics, "7bit")]
        body = S.multipart("alternative", parts, S.boundary("cal-%d" % i))
        pref = "Canceled: " if method == "CANCEL" else "Invitation: "
        emit("calendar", who(org, "example.com"), who(att, "example.com"), pref + t, body,
             extra=[("X-Mailer", "Example Calendar")])


# --------------------------------------------------------------------------
# 13. HR mail about people who left
def hr():
    for i in range(8):
        leaver = PEOPLE[(i * 3 + 10) % 20]
        first = leaver.split()[0]
        hrp = PEOPLE[(i + 17) % 20]
        variants = [
            f"Dear all,\n\n{leaver} has left the company as of Friday. Thank you, {first}, for\nfive great years. Please send anything that was going to {first} to\nteam-ops@example.com from now on; the mailbox {addr(leaver, 'example.com')} will\nbe closed at the end of the month.\n\nHR",
            f"Hi team,\n\nas some of you already know, {first} is no longer with us. Customer\naccounts are being reassigned this week; you will get a list from your\nlead. Please be kind to customers who ask.\n\n{hrp}",
            f"Hello {first}'s contacts,\n\nI am writing because {leaver} left the company in October and I have\ntaken over the account. Mail to the old address is still being read by\nme for the next 30 days. Nice to meet you!\n\n{hrp}",
            f"Reminder: offboarding for {leaver}\n\n- laptop returned: yes\n- badge deactivated: yes\n- mailbox: convert to shared, owner {hrp}\n- forward: none\n\nPlease complete your part in the HR portal by Wednesday.",
        ]
        body = variants[i % 4]
        subj = ["Farewell to %s" % first, "Update: %s's accounts" % first, "New contact for your account",
                "Offboarding checklist: %s" % leaver][i % 4]
        to = "all-staff@example.com" if i % 4 in (0, 1) else who(PEOPLE[(i + 4) % 20], "example.org")
        emit("hr-left-company", "%s <hr@example.com>" % hrp if i % 4 != 2 else who(hrp, "example.com"), to, subj,
             txt(body + "\n", "utf-8", "quoted-printable"))


# --------------------------------------------------------------------------
# 14. phishing / spam imitating a mailbox-full or undelivered warning
def phish():
    lures = [("Your mailbox is almost full", "Your mailbox has reached 99% of its storage. Incoming messages will\nbe held until you verify your account. Click below to increase your\nquota for free:\n\n  http://mail-upgrade.example/verify?u=%s\n\nIT Service Desk"),
             ("(4) messages could not be delivered to you", "You have 4 pending incoming messages that were not delivered to your\ninbox due to a system error. Release them now:\n\n  https://release-mail.example/pending/%s\n\nMessages not released within 24 hours will be deleted."),
             ("Undelivered mail notification", "Dear user, your recent email could not be delivered because your\naccount password has expired. Keep your current password here:\nhttps://keep-password.example/%s"),
             ("Action required: email storage exceeded", "Dear %s user, your email storage is exceeded. You will not be able\nto send or receive new messages. Upgrade in 1 click."),
             ("Mail delivery failure - verify your account", "We were unable to deliver 7 incoming messages because your account\nhas not been verified. Login to verify: http://verify.example/%s"),
             ("Quota warning: 2.3GB / 2.3GB", "Your mailbox quota has been reached. To avoid loss of messages,\nrevalidate here: http://quota.example/%s (link valid 12 hours)"),
             ("Message blocked", "A message sent to you was blocked by our server. Review the blocked\nmessage: https://review.example/%s")]
    for i in range(14):
        subj, body = lures[i % len(lures)]
        victim = PEOPLE[(i * 5 + 3) % 20]
        body = body.replace("%s", "%d%x" % (i, 48879 + i))
        spamdom = R.choice(["cheap-hosting.example", "promo-blast.example", "wx3-mailer.example"])
        dispname = ["Mail Admin", "IT Helpdesk", "Email Support", "Webmail", "Account Team", "Service Desk", "Mailbox Security"][i % 7]
        if i % 2:
            html = "<html><body><table style=\"border:1px solid #ccc\"><tr><td style=\"background:#0072c6;color:#fff\">%s</td></tr><tr><td>%s</td></tr><tr><td><a href=\"http://login.%s/\" style=\"background:#0072c6;color:#fff;padding:8px\">Verify now</a></td></tr></table></body></html>" % (subj, body.replace("\n", "<br>"), spamdom)
            content = txt(html, "utf-8", "base64", "html")
        else:
            content = txt(body + "\n")
        emit("phish-prose", "\"%s\" <info@%s>" % (dispname, spamdom), addr(victim, "example.com"), subj, content,
             host=spamdom, extra=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"),
                                  ("X-Spam-Flag", "YES"), ("X-Spam-Score", "%.1f" % (7 + i * 0.4))])


# --------------------------------------------------------------------------
# 15. newsletters in many languages and charsets
LANG = [("zh", "gbk", "base64", "本周精选：如何避免邮件进入垃圾箱",
         "亲爱的读者：\n\n本期我们介绍企业邮箱的发信信誉。很多用户反映邮件被退回，其实大多数原因是\nSPF 和 DKIM 没有配置好。文末附有配置示例。\n\n退订请点击：https://news.example.cn/unsub\n"),
        ("zh", "gb2312", "base64", "会员活动通知",
         "尊敬的会员：\n\n双十二活动即将开始，全场八折。您的积分可以抵扣现金。\n如有疑问请联系客服。\n\n此邮件由系统发送，请勿直接回复。\n"),
        ("ja", "iso-2022-jp", "7bit", "【メールマガジン】12月号のお知らせ",
         "いつもご愛読ありがとうございます。\n\n今月の特集は「メールが届かないときの確認ポイント」です。\n迷惑メールフォルダもご確認ください。\n\n配信停止はこちら：https://news.example.jp/stop\n"),
        ("ko", "euc-kr", "base64", "[뉴스레터] 12월 소식",
         "안녕하세요, 구독자 여러분.\n\n이번 호에서는 연말 행사와 새로운 기능을 소개합니다.\n수신을 원하지 않으시면 아래 링크를 눌러 주세요.\n"),
        ("ru", "koi8-r", "quoted-printable", "Новости клуба: декабрь",
         "Здравствуйте!\n\nВ декабре клуб работает по обычному расписанию. Встреча по\nнастройке почтовых серверов пройдет 14 числа.\n\nОтписаться: https://club.example.ru/unsub\n"),
        ("de", "iso-8859-1", "quoted-printable", "Unser Newsletter im Dezember",
         "Hallo,\n\nin dieser Ausgabe: Tipps für die Zustellbarkeit Ihrer Mailings,\nunser Webinar am 10. Dezember und die Öffnungszeiten über die Feiertage.\n\nAbmelden: https://news.example.de/abmelden\n"),
        ("fr", "utf-8", "quoted-printable", "Les nouveautés de décembre",
         "Bonjour,\n\nDécouvrez nos nouveautés : agenda partagé, filtres améliorés et une\nnouvelle page d'aide sur les messages non distribués.\n\nSe désabonner : https://news.example.fr/desabo\n"),
        ("es", "iso-8859-1", "quoted-printable", "Boletín de diciembre",
         "Hola:\n\nEste mes: cómo revisar la carpeta de correo no deseado, novedades\ndel equipo y horarios de atención en fiestas.\n\nDarse de baja: https://news.example.es/baja\n"),
        ("pt", "utf-8", "base64", "Novidades de dezembro",
         "Olá!\n\nNesta edição: promoções de fim de ano, dicas para sua caixa de\nentrada não lotar e o calendário de entregas.\n\nCancelar inscrição: https://news.example.com.br/sair\n")]


def newsletters():
    for rnd in range(3):
        for j, (lang, cs, cte, subj, body) in enumerate(LANG):
            name = "newsletter-%s-%s-%d.eml" % (lang, cs.replace("-", ""), rnd)
            text = body
            if rnd == 1:
                text = body + "\n" + {"zh": "（第%d期）", "ja": "（第%d号）", "ko": "(제%d호)"}.get(lang, "#%d") % (40 + j) + "\n"
            if cs == "iso-2022-jp":
                raw = text.encode("iso2022_jp").decode("ascii")
                content = "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n" + raw
            elif rnd == 2 and lang not in ("ja",):
                html = "<html><head><meta charset=\"%s\"></head><body><h1>%s</h1><p>%s</p></body></html>" % (cs, subj, text.replace("\n", "<br>"))
                content = S.multipart("alternative", [txt(text, cs, cte), txt(html, cs, "base64", "html")], S.boundary(name, 1))
            else:
                content = txt(text, cs, cte)
            hcs = "iso-2022-jp" if cs == "iso-2022-jp" else cs
            subj_h = S.enc_header(subj, hcs.replace("iso-2022-jp", "iso2022_jp"), "b").replace("iso2022_jp", "ISO-2022-JP")
            dom = {"zh": "example.cn", "ja": "example.jp", "ko": "example.kr", "ru": "example.ru",
                   "de": "example.de", "fr": "example.fr", "es": "example.es", "pt": "example.com.br"}[lang]
            sender = S.enc_header({"zh": "会员中心", "ja": "ニュース編集部", "ko": "뉴스레터", "ru": "Клуб"}.get(lang, "Newsletter"),
                                  hcs.replace("iso-2022-jp", "iso2022_jp"), "b").replace("iso2022_jp", "ISO-2022-JP")
            emit("newsletter-lang", "%s <news@%s>" % (sender, dom), "reader%d@example.org" % (j + rnd * 10), subj_h, content,
                 name=name, host=dom, extra=[("List-Unsubscribe", "<mailto:unsubscribe@%s?subject=%d>" % (dom, j)),
                                             ("Precedence", "bulk")])


# --------------------------------------------------------------------------
# 16. HTML-only mail
def html_only():
    bodies = ["<p>Hi all,</p><p>the office is closed on <b>24 December</b>. Parcels will be accepted at the back door.</p><p>Facilities</p>",
              "<div dir=\"ltr\">Can you resend the file? The link said &quot;expired&quot;.<br><br>Thanks<br>Mei</div>",
              "<table><tr><td>Invoice</td><td>INV-2026-1183</td></tr><tr><td>Amount</td><td>1,250.00 EUR</td></tr><tr><td>Due</td><td>2026-12-31</td></tr></table>",
              "<html><body><h1>Welcome aboard!</h1><p>Your workspace <i>ops-team</i> is ready.</p></body></html>",
              "<p>The &lt;postmaster&gt; address on our website is wrong, it should be postmaster@example.com. Fixed now.</p>",
              "<center><img src=\"https://cdn.example.com/banner.png\" alt=\"Winter sale\"><br><a href=\"https://shop.example.com\">Shop now</a></center>",
              "<p>Reminder: the mail server maintenance window is tonight 22:00-23:00 UTC. Delivery may be slower; nothing will be lost.</p>",
              "<div>Quick q: did the courier return the package to you? Tracking says &quot;returned to sender&quot;.</div>",
              "<p style=\"font-size:18px\">Your verification code is <b>482913</b></p><p>It expires in 10 minutes.</p>",
              "<ul><li>Coffee machine fixed</li><li>New badge readers on floor 3</li><li>Fire drill Thursday</li></ul>",
              "<blockquote>&gt; The message could not be sent<br></blockquote><p>That was the printer, not email :)</p>",
              "<p>Thanks for registering for the webinar &quot;Email deliverability 101&quot;. Join link: <a href=\"https://webinar.example.com/j/5521\">here</a>.</p>"]
    for i, b in enumerate(bodies):
        p = PEOPLE[(i * 7 + 1) % 20]
        doc = b if b.startswith("<html") else "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>%s</body></html>" % b
        cte = ["quoted-printable", "base64", "7bit"][i % 3]
        emit("html-only", who(p, "example.com"), who(PEOPLE[(i + 3) % 20], "example.net"),
             ["Office closed 24 Dec", "Re: file", "Invoice INV-2026-1183", "Welcome", "website fix", "Winter sale",
              "Maintenance tonight", "package?", "Your code", "Office news", "Re: error", "Webinar registration"][i],
             txt(doc, "utf-8" if cte != "7bit" else "us-ascii", cte, "html"))


# --------------------------------------------------------------------------
# 17. ordinary mail carrying .eml attachments of ordinary mail
def eml_attach():
    for i in range(10):
        a, b, c = PEOPLE[(i + 1) % 20], PEOPLE[(i + 6) % 20], PEOPLE[(i + 12) % 20]
        name = "attached-eml-%02d.eml" % i
        inner = S.orig_headers(who(c, "example.org"), who(a, "example.com"),
                               ["Contract draft v3", "Lunch Friday?", "Q3 numbers", "Re: the delivery issue",
                                "Photos from the trip", "Meeting notes", "Your quote", "Re: server move",
                                "Holiday schedule", "Password for the share (not really)"][i],
                               when(i + 3), S.mid(name + "/inner", "example.org"))
        inner += "\nHi,\n\nhere is what we discussed. Let me know if anything is missing.\n\n%s\n" % c
        note = "Hi %s,\n\nforwarding this as an attachment as you asked, with the full headers.\n\n%s\n" % (b.split()[0], a.split()[0])
        if i % 3 == 0:
            att = S.part("message/rfc822; name=\"original.eml\"", inner, None,
                         "Content-Disposition: attachment; filename=\"original.eml\"")
        elif i % 3 == 1:
            att = S.part("application/octet-stream; name=\"message.eml\"",
                         S.b64(inner, "utf-8"), "base64", "Content-Disposition: attachment; filename=\"message.eml\"")
        else:
            att = S.part("message/rfc822", inner, "7bit", "Content-Disposition: inline")
        body = S.multipart("mixed", [txt(note), att], S.boundary(name))
        emit("attached-eml", who(a, "example.com"), who(b, "example.net"), "Fwd: " + inner.split("Subject: ")[1].split("\n")[0],
             body, name=name)


# --------------------------------------------------------------------------
# 18. very short mails
def short():
    bits = [("ok", "ok"), ("", "thx"), ("Re: lunch", "yes!"), ("call me", ""), ("Re: Re: status", "done."),
            ("?", "?"), ("Re: server", "it's back"), ("link", "https://example.com/x"), ("Re:", "+1"),
            ("fyi", "see below\n\n> moved to Tuesday"), ("Sent from my phone", "running late, 10 min"), ("Re: invoice", "paid")]
    for i, (s, b) in enumerate(bits):
        p = PEOPLE[(i * 3 + 2) % 20]
        heads_extra = [("X-Mailer", "iPhone Mail (21G93)")] if i % 4 == 0 else []
        emit("short", who(p, "example.com"), addr(PEOPLE[(i + 1) % 20], "example.net"), s,
             txt(b + ("\n" if b else "")), extra=heads_extra)


# --------------------------------------------------------------------------
# 19. odd but legal MIME
def odd():
    people = [(PEOPLE[i % 20], PEOPLE[(i + 5) % 20]) for i in range(16)]
    out = []
    # 0: multipart/mixed with a single part and preamble/epilogue text
    b = S.boundary("odd0")
    out.append(("Only one part", "Content-Type: multipart/mixed; boundary=\"%s\"\n\nPreamble: if you can read this your client is old.\n--%s\nContent-Type: text/plain\n\nJust one part in here.\n--%s--\nEpilogue text, ignored by readers.\n" % (b, b, b)))
    # 1: Content-Type with comments and odd casing
    out.append(("Comments in headers", "Content-Type: Text/Plain (a comment); CHARSET=\"US-ASCII\" (another)\nContent-Transfer-Encoding: 7BIT (plain)\n\nHeaders with RFC 822 comments are legal.\n"))
    # 2: RFC 2231 filename continuation and charset
    b = S.boundary("odd2")
    out.append(("Report attached", "Content-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; charset=us-ascii\n\nSee attached.\n--%s\nContent-Type: application/octet-stream\nContent-Disposition: attachment;\n filename*0*=utf-8''Jahres%%C3%%BCbersicht;\n filename*1=\"_2026_final.csv\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n" % (b, b, b, base64.b64encode(b"month,sent,returned\n11,4200,3\n").decode(), b)))
    # 3: deeply nested multiparts
    b1, b2, b3 = S.boundary("odd3", 1), S.boundary("odd3", 2), S.boundary("odd3", 3)
    out.append(("Nested", "Content-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\nContent-Type: multipart/related; boundary=\"%s\"; type=\"multipart/alternative\"\n\n--%s\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain\n\nNested three deep.\n--%s\nContent-Type: text/html\n\n<p>Nested three deep. <img src=\"cid:logo@example.com\"></p>\n--%s--\n--%s\nContent-Type: image/gif\nContent-ID: <logo@example.com>\nContent-Transfer-Encoding: base64\n\nR0lGODlhAQABAAAAACw=\n--%s--\n--%s--\n" % (b1, b1, b2, b2, b3, b3, b3, b3, b2, b2, b1)))
    # 4: text/enriched
    out.append(("Enriched", "Content-Type: text/enriched\n\n<bold>Note:</bold> the <italic>meeting</italic> moved to 3pm.\n"))
    # 5: message/partial (legal, rare)
    out.append(("Big file (part 1/2)", "Content-Type: message/partial; id=\"%s\"; number=1; total=2\n\nFrom: a@example.com\nSubject: Big file\nMIME-Version: 1.0\nContent-Type: text/plain\n\nFirst half of a long text about the holiday rota...\n" % S.mid("odd5", "example.com").strip("<>")))
    # 6: boundary with legal special characters, and a transport padding
    b = "'()+_,-./:=? odd"
    out.append(("Boundary chars", "Content-Type: multipart/alternative;\n boundary=\"%s\"\n\n--%s   \nContent-Type: text/plain\n\nboundary has spaces and punctuation\n--%s\nContent-Type: text/html\n\n<p>boundary has spaces and punctuation</p>\n--%s--\n" % (b, b, b, b)))
    # 7: lower-case header names and folded subject already done by emit; body in binary-safe 8bit declared as 7bit ASCII
    out.append(("lowercase", "content-type: text/plain; charset=us-ascii\ncontent-transfer-encoding: 7bit\n\nall header names in lower case, which is legal.\n"))
    # 8: multipart/signed with unknown protocol parameter and a detached sig
    b = S.boundary("odd8")
    out.append(("Signed note", "Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; micalg=pgp-sha256;\n boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; charset=us-ascii\n\nThe relay move is done; nothing was returned during the switch.\n--%s\nContent-Type: application/pgp-signature; name=\"signature.asc\"\n\n-----BEGIN PGP SIGNATURE-----\n\niHUEARYKAB0WIQTexampleexampleexampleexampleexampleAAoJEExample\n=abcd\n-----END PGP SIGNATURE-----\n--%s--\n" % (b, b, b, b)))
    # 9: message/external-body
    out.append(("Large file link", "Content-Type: message/external-body; access-type=URL;\n URL=\"https://files.example.com/share/plan-v7.pdf\"\n\nContent-Type: application/pdf\n\n"))
    # 10: empty body
    out.append(("(no body)", "Content-Type: text/plain\n\n"))
    # 11: multipart/mixed with an empty text part and an image
    b = S.boundary("odd11")
    out.append(("photo", "Content-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain\n\n\n--%s\nContent-Type: image/jpeg; name=IMG_2041.JPG\nContent-Disposition: inline; filename=IMG_2041.JPG\nContent-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\n--%s--\n" % (b, b, b, b)))
    # 12: text/plain format=flowed delsp=yes
    out.append(("Flowed", "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\nContent-Transfer-Encoding: 7bit\n\nThis paragraph is written with format=flowed, so the lines end in a  \nspace and are joined by readers that understand it. Nothing  \nbounced, it's just a long line.\n\n-- \nSara\n"))
    # 13: uuencode-free x-uuencode declared part with real text content
    b = S.boundary("odd13")
    out.append(("Config file", "Content-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain\n\nConfig attached.\n--%s\nContent-Type: text/x-config; name=\"main.cf\"\nContent-Disposition: attachment; filename=\"main.cf\"\n\nmyhostname = mail.example.com\nrelayhost = [smtp.example.net]:587\nsmtp_tls_security_level = encrypt\nbounce_queue_lifetime = 1d\nmaximal_queue_lifetime = 3d\n--%s--\n" % (b, b, b, b)))
    # 14: multipart/alternative with the html first (wrong order but legal) and a charset in quotes
    b = S.boundary("odd14")
    out.append(("Order reversed", "Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\nContent-Type: text/html; charset=\"utf-8\"\n\n<p>Lunch is on me today.</p>\n--%s\nContent-Type: text/plain; charset=\"utf-8\"\n\nLunch is on me today.\n--%s--\n" % (b, b, b, b)))
    # 15: application/ms-tnef-free mixed with a vcard
    b = S.boundary("odd15")
    out.append(("My new number", "Content-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain\n\nMy contact card, new mobile number.\n--%s\nContent-Type: text/vcard; charset=utf-8; name=card.vcf\nContent-Disposition: attachment; filename=card.vcf\n\nBEGIN:VCARD\nVERSION:4.0\nFN:Ingrid Haugen\nEMAIL:ingrid.haugen@example.com\nTEL;TYPE=cell:+1-555-0142\nEND:VCARD\n--%s--\n" % (b, b, b, b)))
    for i, (s, body) in enumerate(out):
        a, c = people[i]
        emit("odd-mime", who(a, "example.com"), who(c, "example.org"), s, body)


# --------------------------------------------------------------------------
# 20. review replies on the kernel-style list (quoted patch, inline comments)
def kernel_review():
    for i, (sub, title) in enumerate(SUBSYS[:8]):
        author, rev = PEOPLE[i % 20], PEOPLE[(i + 9) % 20]
        fn = sub.split(":")[0].replace(" ", "").replace("-", "_")
        lst = "linux-%s@vger.example.org" % fn.replace("_", "-")
        verdict = ["Reviewed-by: %s <%s>" % (rev, addr(rev, "example.org")),
                   "NAK as is; please send a v2 with the rollback split out.",
                   "Acked-by: %s <%s>" % (rev, addr(rev, "example.org")),
                   "Looks fine otherwise."][i % 4]
        body = f"""On {when(i)}, {author} wrote:
> When the path fails the caller gets an error back but the state is left
> half updated, and the next attempt trips over it.

Which caller? The only one I can see is the workqueue, and it already
retries with a delay, so a failed submit there is not fatal.

> -\t\tpr_err("{fn}: submit failed: %d\\n", ret);
> -\t\treturn ret;
> +\t\tpr_err_ratelimited("{fn}: submit failed: %d\\n", ret);
> +\t\tgoto undo;

Ratelimiting is fine, but keep the error code in the message so the
undeliverable-request case (-ENXIO) can be told from a plain -EIO in
the logs.

{verdict}

-- 
{rev}
"""
        extra = list_heads("<linux-%s.vger.example.org>" % fn.replace("_", "-"), lst,
                           "https://lore.example.org/linux-%s/" % fn.replace("_", "-"), mgr="vger")
        extra += [("In-Reply-To", S.mid("list-kernel-patch-%02d.eml" % i, "example.com")),
                  ("User-Agent", R.choice(["Mutt/2.2.13 (2024-03-09)", "NeoMutt/20241002", "aerc 0.18.2"]))]
        emit("list-kernel-review", who(rev, "example.org"), who(author, "example.com"),
             "Re: [PATCH] %s: %s" % (sub, title), txt(body), cc=lst, extra=extra)


# --------------------------------------------------------------------------
# 21. other communities: PostgreSQL, FreeBSD, Fedora, GNOME, OpenBSD, Rust users
COMMUNITY = [("pgsql-general", "postgresql.example.org", "Re: LISTEN/NOTIFY messages lost after failover",
              "> After failover to the standby, clients missed notifications.\n\nNotifications are not replicated, by design. Queue the events in a\ntable and use NOTIFY only as a wake-up signal."),
             ("freebsd-net", "freebsd.example.org", "Re: if_bridge drops packets with 'no buffer space available'",
              "> sendto: No buffer space available\n\nRaise net.link.ifqmaxlen and check netstat -m for mbuf exhaustion; the\nerror comes from the queue, not from the remote host."),
             ("devel", "lists.fedora.example.org", "Re: F44 Change Proposal: drop sendmail from @standard",
              "+1 from me. postfix has been the default MTA for years; anyone who\nstill needs sendmail can install it. Make sure mailx keeps working."),
             ("desktop-devel-list", "gnome.example.org", "Evolution: 'message could not be sent' after upgrade",
              "It was the new OAuth2 scope for the provider. Re-adding the account\nfixed it for me; the outbox then sent everything it held."),
             ("misc", "openbsd.example.org", "Re: smtpd: relay via with auth, table format",
              "The secrets table is 'label user:password', one per line, and the\naction uses 'relay host smtp+tls://label@smtp.example.net:587 auth\n<secrets>'. Then makemap it if you use db tables."),
             ("rust-users", "users.rust.example.org", "lettre: how to get the SMTP response on failure?",
              "Match on lettre::transport::smtp::Error and call .status(); for a\npermanent error you get the code, e.g. 550, and the message lines."),
             ("users", "lists.nginx.example.org", "Re: mail proxy: 'upstream sent invalid response'",
              "Your backend greets with a multi-line banner that nginx's mail proxy\ndoes not expect. Set smtp_greeting_delay or fix the banner."),
             ("opensuse-factory", "lists.opensuse.example.org", "Re: Tumbleweed snapshot 20261118 - postfix fails to start",
              "The snapshot moved the chroot; run 'postfix upgrade-configuration'.\nBug 1230441 has the details, fix is in the next snapshot.")]


def community():
    for i, (lst, dom, subj, body) in enumerate(COMMUNITY):
        p = PEOPLE[(i * 3 + 5) % 20]
        post = "%s@%s" % (lst, dom)
        mgr = "mailman" if i % 2 == 0 else "ezmlm"
        emit("list-community", who(p, R.choice(["example.com", "example.net"])), post, subj,
             txt("%s\n\n-- \n%s\n" % (body, p), "utf-8", "quoted-printable"),
             extra=list_heads("<%s.%s>" % (lst, dom), post, "https://%s/archives/%s/" % (dom, lst), mgr=mgr) +
             [("In-Reply-To", S.mid("comm-%d" % i, "example.org"))])


# --------------------------------------------------------------------------
# 22. human threads in other languages that quote server replies
HUMAN_INTL = [("de", "iso-8859-1", "quoted-printable", "AW: Rechnung kommt nicht an",
               "Hallo Herr Becker,\n\ndanke für den Hinweis. Unsere IT sagt, die Meldung\n\n  550 5.7.1 Message rejected as spam by Content Filtering\n\nkommt von Ihrem Spamfilter, nicht von uns. Könnten Sie unsere Domain\nauf die Whitelist setzen? Bis dahin schicke ich die Rechnung per Post.\n\nMit freundlichen Grüßen\nHannah Schmidt"),
              ("fr", "utf-8", "quoted-printable", "RE: Courriel refusé",
               "Bonjour,\n\nJ'ai bien reçu votre message. Le refus « 554 5.7.1 Relay access\ndenied » venait de l'ancien serveur ; depuis la migration tout passe.\nMerci de votre patience.\n\nCordialement,\nChloé Martin"),
              ("es", "utf-8", "quoted-printable", "RE: No me llegan sus correos",
               "Hola Pablo:\n\nTe reenvío lo que nos devolvió el servidor la semana pasada:\n«452 4.2.2 Mailbox full». Ya vaciamos el buzón, prueba otra vez.\n\nUn saludo,\nLuis"),
              ("pt", "utf-8", "quoted-printable", "Re: E-mail voltou",
               "Oi Luis,\n\no erro que você viu (550 5.1.1 usuário desconhecido) foi porque\ndigitei o endereço errado no cartão. O certo é contato@example.com.br.\n\nAbraço,\nFernanda"),
              ("zh", "gbk", "base64", "回复：邮件发不出去",
               "王经理：\n\n您好！您说的退信我们看了，提示是“550 Mailbox not found”。\n应该是地址写错了，正确的是 service@example.cn 。\n我已经重新发了一遍，请查收。\n\n张伟"),
              ("ja", "iso-2022-jp", "7bit", "Re: メールが届かない件",
               "佐藤様\n\nお世話になっております。\n「550 5.1.1 User unknown」というエラーは、アドレスの綴り違いが原因でした。\n正しいアドレスに再送しましたのでご確認ください。\n\n田中"),
              ("ru", "koi8-r", "quoted-printable", "Re: письма не доходят",
               "Дмитрий, привет!\n\nОшибка \"421 4.7.0 Try again later\" была временной: у провайдера\nбыли работы. Сейчас всё доходит, проверил сам.\n\nАндрей"),
              ("ko", "euc-kr", "base64", "RE: 메일 반송 문의",
               "안녕하세요.\n\n말씀하신 \"552 메일함 용량 초과\" 문제는 어제 정리했습니다.\n다시 보내 주시면 정상적으로 받을 수 있습니다.\n\n감사합니다.")]


INTL_SENDER = {"de": "Hannah Schmidt <h.schmidt@example.de>", "fr": "=?utf-8?Q?Chlo=C3=A9_Martin?= <chloe.martin@example.fr>",
               "es": "Luis Fernandes <luis@example.es>", "pt": "Fernanda Lima <fernanda@example.com.br>",
               "zh": "zhangwei@example.cn", "ja": "tanaka@example.jp", "ru": "andrey@example.ru",
               "ko": "minjun.kim@example.kr"}


def human_intl():
    for i, (lang, cs, cte, subj, body) in enumerate(HUMAN_INTL):
        name = "human-intl-%s-%02d.eml" % (lang, i)
        hcs = "iso2022_jp" if cs == "iso-2022-jp" else cs
        subj_h = S.enc_header(subj, hcs, "b").replace("iso2022_jp", "ISO-2022-JP")
        if cs == "iso-2022-jp":
            content = "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n" + body.encode("iso2022_jp").decode("ascii") + "\n"
        else:
            content = txt(body + "\n", cs, cte)
        a, b = INTL_SENDER[lang], PEOPLE[(i + 14) % 20]
        emit("human-intl", a, who(b, "example.org"), subj_h, content, name=name,
             extra=[("In-Reply-To", S.mid(name + "/prev", "example.org")), ("References", S.mid(name + "/prev", "example.org")),
                    ("X-Mailer", R.choice(["Microsoft Outlook 16.0", "Foxmail 7.2.25", "Thunderbird 128.4.0"]))])


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for gen in (kernel, discuss, digests, ann, threads, abuse, isp, shop, statements, social, saas,
                calendar, hr, phish, newsletters, html_only, eml_attach, short, odd,
                kernel_review, community, human_intl):
        gen()
    total = sum(1 for f in os.listdir(HERE) if f.endswith(".eml"))
    print("wrote %d messages" % total)


if __name__ == "__main__":
    main()
