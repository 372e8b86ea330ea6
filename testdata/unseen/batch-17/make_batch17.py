#!/usr/bin/env python3
"""Writes testdata/unseen/batch-17: one night of bounces of a US B2B SaaS
sender (Ledgerly: product and billing mail to company addresses) at
real-life frequencies, the near-misses of its postmaster mailbox in
not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch17.py [DIR]"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

RELAY = "mta-out2.ledgerly.example"
RELAY_IP = "198.51.100.24"
SENDERS = ["billing@mail.ledgerly.example", "notifications@mail.ledgerly.example",
           "invoices@mail.ledgerly.example", "product-updates@mail.ledgerly.example"]
SUBJECTS = ["Your Ledgerly invoice INV-2026-11873 is ready", "Action required: update your payment method",
            "Weekly close summary for your workspace", "Maya Chen invited you to the Finance workspace",
            "Your trial ends in 3 days", "Receipt for your Ledgerly subscription",
            "New in Ledgerly: multi-entity consolidation", "Approval needed: 4 bills awaiting review"]
N = [0]


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def when(name, minute_off=0):
    h = int(hashlib.md5(name.encode()).hexdigest()[:4], 16)
    return dt(2026, 12, 2, 22 + (h % 2), (h // 2) % 60, (h // 7) % 60, "+0000")


def pick(name, seq):
    return seq[int(hashlib.sha1(name.encode()).hexdigest()[:6], 16) % len(seq)]


def orig(name, to, extra=""):
    frm = pick(name, SENDERS)
    return orig_headers(frm, to, pick(name + "s", SUBJECTS), when(name), mid(name + "o", "mail.ledgerly.example"),
                        "X-Ledgerly-Msg: " + qid(name + "x", 20) + ("\n" + extra if extra else ""))


def reply(diag):
    m = re.match(r"^(?:smtp; )?([245]\d\d)[ -]", diag)
    return m.group(1) if m else ""


def exp(name, r, vendor=""):
    expect(name, r["final"], r["reason"], r.get("hard", False), r.get("status", ""),
           r.get("reply", reply(r.get("diag", ""))), r.get("action", "failed"), vendor)


def R(final, status, diag, reason, hard=False, remote=None, action=None, **kw):
    d = {"final": final, "status": status, "diag": diag, "reason": reason, "hard": hard}
    if remote:
        d["remote"] = remote
    d["action"] = action or ("delayed" if status.startswith("4") else "failed")
    d.update(kw)
    return d


def postfix(name, recips, vendor="", note=""):
    """The sender's own Postfix relay reports the receiver's refusal."""
    date = when(name)
    delayed = all(r["action"] == "delayed" for r in recips)
    if delayed:
        subj = "Delayed Mail (still being retried)"
        text = (f"This is the mail system at host {RELAY}.\n\n"
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for more than 4 hour(s).\n"
                "It will be retried until it is 5 day(s) old.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n")
    else:
        subj = "Undelivered Mail Returned to Sender"
        text = (f"This is the mail system at host {RELAY}.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n")
    for r in recips:
        d = r["diag"]
        dflt = d[len("X-Postfix; "):] if d.startswith("X-Postfix; ") else "host " + str(r.get("remote")) + "[" + r.get("ip", "203.0.113.25") + "] said: " + d + " (in reply to " + r.get("stage", "RCPT TO") + " command)"
        text += f"<{r['final']}>: {r.get('prose', dflt)}\n\n"
    text += note
    ds = []
    for r in recips:
        x = dict(r)
        x["diag"] = r["diag"] if r["diag"].startswith("X-Postfix; ") else ("smtp; " + r["diag"] if r["diag"] else "")
        x["remote"] = r.get("remote")
        if delayed:
            x["will_retry"] = dt(2026, 12, 7, 22, 4, 11)
        ds.append(x)
    to = pick(name, SENDERS).replace("@", "-bounces@")
    body = dsn_mail(name, frm=f"MAILER-DAEMON@{RELAY} (Mail Delivery System)", to=to, subject=subj,
                    date=date, host=RELAY,
                    hops=received([("localhost", "127.0.0.1", RELAY, "Postfix", qid(name), date)]),
                    text=text, recips=ds, orig=orig(name, recips[0]["final"]),
                    arrival=date, reporting=RELAY, extra=[("X-Postfix-Queue-ID", qid(name, 10))])
    write(OUT, name, body)
    for r in recips:
        exp(name, r, vendor)


def exim_plain(name, host, ip, recips, vendor="", intro=None):
    """A small company's Exim that accepted the message and failed later."""
    date = when(name)
    delayed = all(r["action"] == "delayed" for r in recips)
    if delayed:
        subj = "Warning: message " + qid(name, 6) + "-" + qid(name + "a", 6) + "-" + qid(name + "b", 2) + " delayed 24 hours"
        text = ("This message was created automatically by mail delivery software.\n"
                f"A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on " + host + ".\n\n")
    else:
        subj = "Mail delivery failed: returning message to sender"
        text = intro or ("This message was created automatically by mail delivery software.\n\n"
                         "A message that you sent could not be delivered to one or more of its\n"
                         "recipients. This is a permanent error. The following address(es) failed:\n\n")
    for r in recips:
        text += f"  {r['final']}\n    {r['prose']}\n"
    if delayed:
        text += ("\nNo action is required on your part. Delivery attempts will continue for\n"
                 "some time, and this warning may be repeated at intervals if the message\n"
                 "remains undelivered. Eventually the mail delivery software will give up,\n"
                 "and when that happens, the message will be returned to you.\n")
    text += "\n------ This is a copy of the message's headers. ------\n\n" + orig(name, recips[0]["final"])
    to = pick(name, SENDERS).replace("@", "-bounces@")
    hops = received([(RELAY, RELAY_IP, host, "Exim 4.97.1", qid(name), date)])
    body = plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=to, subject=subj, date=date,
                      host=host, hops=hops, text=text, extra=[("X-Failed-Recipients", ", ".join(r["final"] for r in recips))])
    write(OUT, name, body)
    for r in recips:
        exp(name, r, vendor)


def exchange(name, recips, online=True, org="", vendor=""):
    """An Exchange Online or on-premises Exchange NDR (after acceptance)."""
    date = when(name)
    if online:
        host = pick(name, ["BN0PR11MB5696.namprd11.prod.outlook.com", "SA1PR12MB8641.namprd12.prod.outlook.com",
                           "CH3PR19MB7420.namprd19.prod.outlook.com", "PH7PR04MB9023.namprd04.prod.outlook.com"])
        frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + org + ">"
    else:
        host = "EXCH02.corp." + org
        frm = "postmaster@" + org
    delayed = all(r["action"] == "delayed" for r in recips)
    subj = ("Delivery delayed:" if delayed else "Undeliverable:") + " " + pick(name + "s", SUBJECTS)
    if delayed:
        text = "Delivery is delayed to these recipients or groups:\n\n"
    else:
        text = "Delivery has failed to these recipients or groups:\n\n"
    for r in recips:
        text += f"{r['final']} ({r['final']})\n{r['prose']}\n\n"
    if delayed:
        text += "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
    text += "Diagnostic information for administrators:\n\nGenerating server: " + host + "\n\n"
    for r in recips:
        text += f"{r['final']}\nRemote server returned '{r['diag']}'\n\n"
    text += "Original message headers:\n\n" + orig(name, recips[0]["final"])
    ds = [dict(r, diag="smtp; " + r["diag"]) for r in recips]
    to = pick(name, SENDERS).replace("@", "-bounces@")
    hops = received([(host, "2603:10b6:208:3a1::19" if online else "10.20.1.12", "MW4PR03CA0211.outlook.office365.com" if online else "edge01." + org,
                      "version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" if online else "Microsoft SMTP Server", qid(name), date)])
    body = dsn_mail(name, frm=frm, to=to, subject=subj, date=date, host=host, hops=hops, text=text, recips=ds,
                    orig=orig(name, recips[0]["final"]), reporting=host, arrival=date,
                    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")] if online else [("Content-Language", "en-US")])
    write(OUT, name, body)
    for r in recips:
        exp(name, r, vendor)


def esp(name, frm, host, subject, text, recips, vendor, dsn=True):
    """The sender's own sending provider returns the notice by mail."""
    date = when(name)
    to = pick(name, SENDERS)
    hops = received([(host, "203.0.113.77", "mx.mail.ledgerly.example", "Postfix", qid(name), date)])
    if dsn:
        ds = [dict(r, diag=("smtp; " + r["diag"]) if r["diag"] else "") for r in recips]
        body = dsn_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops=hops, text=text,
                        recips=ds, orig=orig(name, recips[0]["final"]), reporting=host, arrival=date)
    else:
        body = plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops=hops, text=text)
    write(OUT, name, body)
    for r in recips:
        exp(name, r, vendor)


def nb(name, frm, to, subject, text, extra=(), auto=False, host="example.com"):
    date = when(name)
    hops = received([("mail." + host, "203.0.113.140", "mx.mail.ledgerly.example", "Postfix", qid(name), date)])
    write(NB, name, plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops=hops,
                               text=text, extra=extra, auto=auto))


def plain_bounce(name, frm, host, subject, text, recips, vendor="", extra=()):
    """A notice with no delivery-status part: the recipient is in the text only."""
    date = when(name)
    to = pick(name, SENDERS).replace("@", "-bounces@")
    hops = received([(host, "203.0.113.61", "mx.mail.ledgerly.example", "Postfix", qid(name), date)])
    write(OUT, name, plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops=hops,
                                text=text + "\n\n--- Original message headers ---\n\n" + orig(name, recips[0]["final"]),
                                extra=extra))
    for r in recips:
        exp(name, r, vendor)


# ---------------------------------------------------------------- user unknown at corporate domains
MSP = "mail.protection.outlook.com"
postfix("m365-recipientnotfound-5.1.10.eml", [R("k.brennan@acme-fabrication.example", "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.brennan@acme-fabrication.example not found by SMTP address lookup",
        "userunknown", True, "acmefabrication-example." + MSP)], "office365")
postfix("workspace-account-does-not-exist.eml", [R("jordan@northfield-dental.example", "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4a5ac1e3f8bsi118223481cf.3 - gsmtp",
        "userunknown", True, "aspmx.l.google.com", ip="142.250.115.27")], "google")
postfix("proofpoint-essentials-user-unknown.eml", [R("ap@harborline-logistics.example", "5.1.1",
        "550 5.1.1 User Unknown", "userunknown", True, "mx1-us1.ppe-hosted.com", ip="148.163.129.50")], "proofpoint")
postfix("proofpoint-enterprise-no-such-user.eml", [R("d.fischer@granite-insurance.example", "5.1.1",
        "550 5.1.1 <d.fischer@granite-insurance.example>... No such user", "userunknown", True,
        "mx0b-00301a01.pphosted.com", ip="148.163.158.5")], "proofpoint")
postfix("mimecast-invalid-recipient.eml", [R("controller@bayview-medical.example", "5.0.0",
        "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [kPq3xT7bN2mF0aLw8cR1Zg.us299]",
        "userunknown", True, "us-smtp-inbound-2.mimecast.com", ip="205.139.110.242")], "mimecast")
postfix("barracuda-no-such-user.eml", [R("tmorales@ridgeway-construction.example", "5.0.0",
        "550 No such user (tmorales@ridgeway-construction.example)", "userunknown", True,
        "d291417a.ess.barracudanetworks.com", ip="209.222.82.252")], "barracuda")
postfix("ironport-address-rejected-5.1.0.eml", [R("lena.voss@crestline-bank.example", "5.1.0",
        "550 #5.1.0 Address rejected.", "userunknown", True, "esa2.crestline-bank.iphmx.com", ip="68.232.141.18")], "cisco")
postfix("smallco-postfix-local-recipient-table.eml", [R("frank@millbrook-hvac.example", "5.1.1",
        "550 5.1.1 <frank@millbrook-hvac.example>: Recipient address rejected: User unknown in local recipient table",
        "userunknown", True, "mail.millbrook-hvac.example")], "postfix")
postfix("zimbra-hosted-recipient-rejected.eml", [R("purchasing@lakeshore-printing.example", "5.1.1",
        "550 5.1.1 <purchasing@lakeshore-printing.example>: Recipient address rejected: lakeshore-printing.example",
        "userunknown", True, "mta01.zimbra-hosting.example")], "zimbra")
postfix("rackspace-mailbox-unavailable.eml", [R("r.okafor@summit-staffing.example", "5.1.1",
        "550 5.1.1 <r.okafor@summit-staffing.example>: Recipient address rejected: Mailbox unavailable",
        "userunknown", True, "mx1.emailsrvr.com", ip="173.203.187.14")], "rackspace")
postfix("secureserver-recipient-not-found.eml", [R("office@copperleaf-realty.example", "5.1.1",
        "550 5.1.1 <office@copperleaf-realty.example> Recipient not found.  <https://www.godaddy.com/help/what-does-this-bounce-message-mean-40685>",
        "userunknown", True, "copperleaf-realty-example01e.mail.protection.outlook.com")], "godaddy")
postfix("zoho-user-does-not-exist.eml", [R("accounts@pinecrest-foods.example", "5.1.1",
        "550 5.1.1 User does not exist - <accounts@pinecrest-foods.example>", "userunknown", True,
        "mx.zoho.com", ip="204.141.33.44")], "zoho")
postfix("trendmicro-hes-unknown-user.eml", [R("b.hale@westgate-pharma.example", "5.1.1",
        "550 5.1.1 <b.hale@westgate-pharma.example>: Recipient address rejected: unknown user",
        "userunknown", True, "in.hes.trendmicro.com", ip="18.208.22.70")], "trendmicro")
postfix("sophos-unknown-recipient.eml", [R("it-billing@oakridge-schools.example", "5.1.1",
        "550 5.1.1 Unknown recipient it-billing@oakridge-schools.example", "userunknown", True,
        "mx-01-us-west-2.prod.hydra.sophos.com", ip="34.212.96.74")], "sophos")
postfix("fortimail-recipient-verification.eml", [R("gwen.li@eastbridge-eng.example", "5.1.1",
        "550 5.1.1 <gwen.li@eastbridge-eng.example>... User unknown (recipient verification failed)",
        "userunknown", True, "fml.eastbridge-eng.example")], "fortinet")
postfix("messagelabs-invalid-recipient.eml", [R("s.nakamura@tristate-freight.example", "5.0.0",
        "550 Invalid recipient <s.nakamura@tristate-freight.example> (#5.1.1)", "userunknown", True,
        "cluster9.us.messagelabs.com", ip="67.219.247.52")], "symantec")
postfix("exchange-onprem-rcpt-not-found.eml", [R("jmiller@cedar-valley-coop.example", "5.1.1",
        "550 5.1.1 User unknown", "userunknown", True, "mail.cedar-valley-coop.example")], "exchange")

# distribution lists: several recipients in one notice
exchange("m365-dl-expansion-three-failed.eml", [
    R("p.grant@brightwater-freight.example", "5.1.1",
      "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "userunknown", True,
      prose="The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message."),
    R("h.ueda@brightwater-freight.example", "5.1.1",
      "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "userunknown", True,
      prose="The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message."),
    R("c.ramos@brightwater-freight.example", "5.2.2",
      "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]",
      "mailboxfull", False, prose="The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly."),
], online=True, org="brightwater-freight.example", vendor="office365")
postfix("postfix-four-recipients-finance-list.eml", [
    R("ar@tallpine-builders.example", "5.1.1", "550 5.1.1 <ar@tallpine-builders.example>: Recipient address rejected: User unknown in virtual mailbox table", "userunknown", True, "mx.tallpine-builders.example"),
    R("cfo@tallpine-builders.example", "5.1.1", "550 5.1.1 <cfo@tallpine-builders.example>: Recipient address rejected: User unknown in virtual mailbox table", "userunknown", True, "mx.tallpine-builders.example"),
    R("payables@tallpine-builders.example", "5.2.2", "552 5.2.2 <payables@tallpine-builders.example>: Recipient address rejected: Mailbox over quota", "mailboxfull", False, "mx.tallpine-builders.example"),
], "postfix")
exchange("exchange-onprem-two-recipients.eml", [
    R("accounting@riverbend-clinic.example", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "userunknown", True,
      prose="The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message."),
    R("m.webb@riverbend-clinic.example", "5.2.1", "550 5.2.1 STOREDRV.Deliver.Exception:MailboxDisabledException; Failed to process message due to a permanent exception: the mailbox is disabled",
      "suspend", False, prose="The recipient's mailbox has been disabled. Contact the recipient by some other means."),
], online=False, org="riverbend-clinic.example", vendor="exchange")
postfix("gateway-two-domains-mixed.eml", [
    R("ops@kestrel-aviation.example", "5.1.1", "550 5.1.1 User Unknown", "userunknown", True, "mx2-us1.ppe-hosted.com"),
    R("ops@kestrel-charter.example", "5.7.1", "550 5.7.1 Email rejected per DMARC policy for mail.ledgerly.example", "authfailure", False, "mx1-us1.ppe-hosted.com", stage="end of DATA"),
], "proofpoint")

# ---------------------------------------------------------------- disabled accounts, people who left
postfix("workspace-account-disabled.eml", [R("marcus@fieldstone-legal.example", "5.2.1",
        "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1  https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-43ce3a5b1c8si2178305e9.12 - gsmtp",
        "suspend", False, "aspmx.l.google.com", ip="142.250.115.26")], "google")
postfix("zoho-mailbox-inactive.eml", [R("n.patel@sunbelt-tiles.example", "5.2.1",
        "550 5.2.1 Mailbox is inactive and not accepting mail", "suspend", False, "mx2.zoho.com")], "zoho")
exim_plain("exim-account-disabled-left.eml", "mail.harbourside-optics.example", "203.0.113.88", [
    R("gary@harbourside-optics.example", "", "", "suspend", False,
      prose="host exch01.harbourside-optics.local [10.10.0.5]\n    SMTP error from remote mail server after RCPT TO:<gary@harbourside-optics.example>:\n    550 Account disabled - this user has left the company", reply="550")], "exim")
exchange("m365-transport-rule-no-longer-employed.eml", [R("dana.ortiz@brightwater-freight.example", "5.7.1",
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy: Dana Ortiz is no longer employed at Brightwater Freight and this mailbox has been removed. Please send billing correspondence to ap@brightwater-freight.example",
        "userunknown", True,
        prose="Your message wasn't delivered because the recipient's email provider rejected it.")], org="brightwater-freight.example", vendor="office365")
exim_plain("exim-router-fail-has-left.eml", "mx.cobalt-dental.example", "203.0.113.90", [
    R("liam.shaw@cobalt-dental.example", "", "", "userunknown", True,
      prose="Liam Shaw no longer works at Cobalt Dental Labs and this address has been closed.\n    Please write to office@cobalt-dental.example instead.")], "exim")

# auto-replies of people who left, naming a replacement (not bounces: vacation)
for nm, who, host, repl, body in [
    ("autoreply-exchange-left-replacement.eml", "t.nguyen@meridian-hvac.example", "meridian-hvac.example", "Automatic reply",
     "Thank you for your email. I am no longer with Meridian HVAC Services as of November 21.\n\nFor billing and accounts payable questions please contact Rosa Delgado at\nr.delgado@meridian-hvac.example or (555) 014-2280. This mailbox is not monitored.\n"),
    ("autoreply-workspace-left-replacement.eml", "ellen@quarrystone-arch.example", "quarrystone-arch.example", "Out of office",
     "Hi,\n\nEllen has left Quarrystone Architects. Your message has not been forwarded.\nFor invoices and vendor accounts, please email finance@quarrystone-arch.example\nand a member of our team will respond.\n\nQuarrystone Architects\n"),
]:
    d = when(nm)
    extra = [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", who)] if "exchange" in nm else [("Precedence", "bulk")]
    write(OUT, nm, plain_mail(nm, frm=who, to=pick(nm, SENDERS), subject=repl + ": " + pick(nm + "s", SUBJECTS), date=d,
                              host=host, hops=received([("mail." + host, "203.0.113.150", "mx.mail.ledgerly.example", "Postfix", qid(nm), d)]),
                              text=body, extra=extra))
    expect(nm, who, "vacation", False, "", "", "", "")

# ---------------------------------------------------------------- mailbox full
postfix("m365-mailbox-full-delayed.eml", [R("j.ross@pioneer-insurance.example", "4.2.2",
        "452 4.2.2 The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly. [SN1PEPF0002636B.namprd02.prod.outlook.com 2026-12-02T22:41:07.118Z 08DD31C9A2E5B7F4]",
        "mailboxfull", False, "pioneerinsurance-example." + MSP)], "office365")
postfix("workspace-over-quota.eml", [R("hello@redfern-studio.example", "5.2.2",
        "552-5.2.2 The recipient's inbox is out of storage space. Please direct the 552-5.2.2 recipient to 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm 6a1803df08f44-6d8f3b2e1a2si19284736d6.41 - gsmtp",
        "mailboxfull", False, "aspmx.l.google.com", stage="end of DATA")], "google")
exim_plain("exim-maildir-quota-retry-timeout.eml", "server.pinewood-vets.example", "203.0.113.93", [
    R("reception@pinewood-vets.example", "", "", "mailboxfull", False,
      prose="mailbox is full: retry timeout exceeded")], "exim")
exchange("exchange-onprem-quota-exceeded.eml", [R("tcarter@lowell-precision.example", "5.2.2",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox",
        "mailboxfull", False, prose="The recipient's mailbox is full and can't accept messages now.")],
        online=False, org="lowell-precision.example", vendor="exchange")
postfix("zimbra-over-quota-delayed.eml", [R("billing@greyhawk-events.example", "4.2.2",
        "452 4.2.2 <billing@greyhawk-events.example>: Recipient address rejected: Over quota, try again later",
        "mailboxfull", False, "mail.greyhawk-events.example")], "zimbra")
postfix("rackspace-storage-limit.eml", [R("admin@bluecanyon-tours.example", "5.2.2",
        "552 5.2.2 <admin@bluecanyon-tours.example>: This mailbox has reached its storage limit and cannot accept new messages",
        "mailboxfull", False, "mx2.emailsrvr.com")], "rackspace")

# ---------------------------------------------------------------- domains gone
postfix("postfix-domain-not-found.eml", [R("finance@tallgrass-analytics.example", "5.4.4",
        "X-Postfix; Host or domain name not found. Name service error for name=tallgrass-analytics.example type=MX: Host not found",
        "hostunknown", True)], "postfix")
postfix("postfix-domain-no-a-record.eml", [R("owner@quickfix-plumbing.example", "5.4.4",
        "X-Postfix; Host or domain name not found. Name service error for name=quickfix-plumbing.example type=AAAA: Host not found",
        "hostunknown", True)], "postfix")
postfix("postfix-null-mx-domain.eml", [R("billing@oldharbor-supply.example", "5.1.10",
        "X-Postfix; Domain oldharbor-supply.example does not accept mail (nullMX)", "notaccept", True)], "postfix")

# ---------------------------------------------------------------- gateway refusals of content
postfix("proofpoint-spam-content.eml", [R("vendor-invoices@coastal-ortho.example", "5.7.1",
        "550 5.7.1 Message blocked due to spam content in the message.", "spamdetected", False,
        "mx2-us1.ppe-hosted.com", stage="end of DATA")], "proofpoint")
postfix("mimecast-anti-spoofing-policy.eml", [R("ap@hillcrest-logistics.example", "5.0.0",
        "550 Rejected by header based Anti-Spoofing policy: billing@mail.ledgerly.example - https://community.mimecast.com/docs/DOC-1369#550 [Rk2mWq9pT4ePx1b0cYz8sA.us213]",
        "policyviolation", False, "us-smtp-inbound-1.mimecast.com", stage="end of DATA")], "mimecast")
postfix("barracuda-reputation-blocked.eml", [R("payables@ironwood-mfg.example", "5.0.0",
        "554 Service unavailable; Client host [198.51.100.24] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.24",
        "blocked", False, "mail.ironwood-mfg.example")], "barracuda")
postfix("ironport-content-restrictions.eml", [R("treasury@sterling-county.example", "5.7.1",
        "550 5.7.1 Message rejected due to content restrictions", "policyviolation", False,
        "esa1.sterling-county.iphmx.com", stage="end of DATA")], "cisco")
postfix("trendmicro-attachment-blocked.eml", [R("purchasing@vantage-plastics.example", "5.7.1",
        "550 5.7.1 Message rejected by policy: attachment type .html is not permitted", "policyviolation", False,
        "in.hes.trendmicro.com", stage="end of DATA")], "trendmicro")
postfix("sophos-identified-as-spam.eml", [R("ap@crescent-dairy.example", "5.7.1",
        "550 5.7.1 Message rejected: identified as spam by Sophos Email (ref 5f2c91e0a7b3)", "spamdetected", False,
        "mx-02-us-east-2.prod.hydra.sophos.com", stage="end of DATA")], "sophos")
postfix("fortimail-banned-word.eml", [R("office@rockport-legal.example", "5.7.1",
        "554 5.7.1 This message has been blocked because it contains a banned word", "policyviolation", False,
        "fml.rockport-legal.example", stage="end of DATA")], "fortinet")
postfix("ironport-virus-found.eml", [R("d.ahn@kingsbridge-capital.example", "5.7.1",
        "554 5.7.1 Message rejected: virus found in attachment (Mal/DocDl-K)", "virusdetected", False,
        "esa3.kingsbridge-capital.iphmx.com", stage="end of DATA")], "cisco")

# ---------------------------------------------------------------- SPF / DMARC
postfix("m365-dmarc-reject-5.7.509.eml", [R("controller@silverlake-homes.example", "5.7.509",
        "550 5.7.509 Access denied, sending domain MAIL.LEDGERLY.EXAMPLE does not pass DMARC verification and has a DMARC policy of reject. [BN1PEPF00004688.namprd05.prod.outlook.com 2026-12-02T23:12:44.501Z 08DD31CD1F3B2A77] [CH2PR05MB6870.namprd05.prod.outlook.com]",
        "authfailure", False, "silverlakehomes-example." + MSP, stage="end of DATA")], "office365")
postfix("workspace-dmarc-unauthenticated.eml", [R("team@ashgrove-coffee.example", "5.7.26",
        "550-5.7.26 Unauthenticated email from mail.ledgerly.example is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 mail.ledgerly.example domain if this was a legitimate mail. 550 5.7.26 To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 41be03b00d2f7-7fd0a1c2ee4si2093455a12.8 - gsmtp",
        "authfailure", False, "aspmx.l.google.com", stage="end of DATA")], "google")
postfix("messagelabs-spf-fail.eml", [R("accounts@heritage-mills.example", "5.0.0",
        "553-SPF (Sender Policy Framework) domain authentication 553-fail. Refer to the Troubleshooting page at 553-http://www.symanteccloud.com/troubleshooting for more 553 details. (#5.7.1)",
        "authfailure", False, "cluster1.us.messagelabs.com", stage="MAIL FROM", reply="553")], "symantec")
postfix("smallco-policyd-spf-fail.eml", [R("info@birchwood-dental.example", "5.7.23",
        "550 5.7.23 <info@birchwood-dental.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=bounces%40mail.ledgerly.example;ip=198.51.100.24;r=<UNKNOWN>",
        "authfailure", False, "mail.birchwood-dental.example")], "postfix")
postfix("mimecast-dmarc-sender-invalid.eml", [R("payments@highland-ortho.example", "5.0.0",
        "550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [Tz4nQ2rV8kLs0mHw3pXe1A.us76]",
        "authfailure", False, "us-smtp-inbound-2.mimecast.com", stage="end of DATA")], "mimecast")

# ---------------------------------------------------------------- rate limits (deferrals)
postfix("m365-server-busy-4.7.500.eml", [R("ap@lighthouse-energy.example", "4.7.500",
        "451 4.7.500 Server busy. Please try again later from [198.51.100.24]. (S77714) [DM6NAM12FT093.eop-nam12.prod.protection.outlook.com 2026-12-02T22:58:31.004Z 08DD31C4B1A29E6C]",
        "ratelimited", False, "lighthouseenergy-example." + MSP)], "office365")
postfix("workspace-receiving-rate.eml", [R("orders@mesa-verde-outfitters.example", "4.2.1",
        "450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450-4.2.1 message at a later date. If the user is able to receive mail at that 450-4.2.1 time, your message will be delivered. For more information, go to 450 4.2.1  https://support.google.com/mail/?p=ReceivingRate 5614622812f47-3eb5f6e1d2asi1174429b6e.88 - gsmtp",
        "ratelimited", False, "aspmx.l.google.com")], "google")
postfix("postscreen-too-many-connections.eml", [R("sales@foxhollow-winery.example", "4.7.0",
        "421 4.7.0 mail.foxhollow-winery.example Error: too many connections from 198.51.100.24",
        "ratelimited", False, "mail.foxhollow-winery.example", stage="CONNECT",
        prose="host mail.foxhollow-winery.example[203.0.113.44] refused to talk to me: 421 4.7.0 mail.foxhollow-winery.example Error: too many connections from 198.51.100.24")], "postfix")
postfix("mimecast-rate-limit-delayed.eml", [R("invoices@eaglepoint-rentals.example", "4.0.0",
        "451 Message temporarily deferred due to rate limit - https://community.mimecast.com/docs/DOC-1369#451 [Hm3bT8wN1qZc5rPd0aKy7Q.us302]",
        "ratelimited", False, "us-smtp-inbound-1.mimecast.com")], "mimecast")

# ---------------------------------------------------------------- the rarer tail
postfix("m365-size-limit-5.3.4.eml", [R("legal@crownpoint-partners.example", "5.3.4",
        "552 5.3.4 Message size exceeds fixed maximum message size", "emailtoolarge", False,
        "crownpointpartners-example." + MSP, stage="end of DATA")], "office365")
postfix("workspace-no-ptr-5.7.25.eml", [R("info@willowbrook-farms.example", "5.7.25",
        "550-5.7.25 [198.51.100.31] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing PTR records. 550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices 98e67ed59e1d1-2f2c1a4b9d3si1402231a91.17 - gsmtp",
        "requireptr", False, "aspmx.l.google.com")], "google")
postfix("smallco-spamhaus-zen.eml", [R("shop@bramble-bakery.example", "5.7.1",
        "554 5.7.1 Service unavailable; Client host [198.51.100.31] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.31",
        "blocked", False, "mail.bramble-bakery.example")], "postfix")
postfix("workspace-low-domain-reputation.eml", [R("partners@cobblestone-media.example", "4.7.0",
        "421-4.7.0 This message is suspicious due to the very low reputation of the sending 421-4.7.0 domain. To best protect our users from spam, the message has been 421-4.7.0 blocked. For more information, go to 421 4.7.0  https://support.google.com/mail/answer/188131 af79cd13be357-7b6c1e4a0d1si1102339485a.221 - gsmtp",
        "badreputation", False, "aspmx.l.google.com", stage="end of DATA")], "google")
postfix("zimbra-queue-file-write-error.eml", [R("support@palisade-it.example", "4.3.0",
        "451 4.3.0 Error: queue file write error", "systemerror", False, "mail.palisade-it.example", stage="end of DATA")], "zimbra")
postfix("postfix-connection-timed-out-delayed.eml", [R("ap@granary-row.example", "4.4.1",
        "X-Postfix; connect to mail.granary-row.example[203.0.113.57]:25: Connection timed out",
        "networkerror", False)], "postfix")
postfix("postfix-gave-up-five-days.eml", [R("payables@lantern-hospitality.example", "4.4.1",
        "X-Postfix; delivery temporarily suspended: connect to mx.lantern-hospitality.example[203.0.113.71]:25: Connection refused",
        "expired", False, action="failed",
        prose="delivery temporarily suspended: connect to mx.lantern-hospitality.example[203.0.113.71]:25: Connection refused")],
        "postfix", note="The message was not delivered within 5 days and has been removed from the queue.\n\n")
postfix("smallco-relay-access-denied.eml", [R("sam@ridgecrest-roofing.example", "5.7.1",
        "554 5.7.1 <sam@ridgecrest-roofing.example>: Relay access denied", "norelaying", False, "mail.ridgecrest-roofing.example")], "postfix")
postfix("m365-dl-restricted-senders.eml", [R("all-staff@evergreen-cpa.example", "5.7.1",
        "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this group: delivery restricted to members of the organization",
        "filtered", False, "evergreencpa-example." + MSP)], "office365")
postfix("smallco-sender-domain-not-found.eml", [R("orders@lindenfield-gear.example", "5.1.8",
        "553 5.1.8 <bounces+a81c2@mail.ledgerly.example>: Sender address rejected: Domain not found",
        "rejected", False, "mx.lindenfield-gear.example", stage="MAIL FROM")], "postfix")
exchange("exchange-onprem-invalid-header.eml", [R("ehs@tanager-chemical.example", "5.6.0",
        "550 5.6.0 CAT.InvalidContent.Exception: InvalidCharsetException, Character set name (utf-8x) is invalid or not installed.; cannot handle content of message",
        "contenterror", False, prose="The message content couldn't be converted for delivery to this recipient.")],
        online=False, org="tanager-chemical.example", vendor="exchange")
exim_plain("exim-delayed-disk-space.eml", "mail.orchard-cider.example", "203.0.113.96", [
    R("cellar@orchard-cider.example", "", "", "systemfull", False, action="delayed",
      prose="Delay reason: SMTP error from remote mail server after MAIL FROM:<bounces@mail.ledgerly.example> SIZE=48213:\n    452 Insufficient disk space on this server; try again later", reply="452")], "exim")

# ---------------------------------------------------------------- the sender's own relays, by mail
SES = "a48-112.smtp-out.amazonses.com"
esp("ses-permanent-user-unknown.eml", "MAILER-DAEMON@amazonses.com", SES, "Delivery Status Notification (Failure)",
    "An error occurred while trying to deliver the mail to the following recipients:\n"
    "facilities@northgate-lab.example\n",
    [R("facilities@northgate-lab.example", "5.1.1",
       "550 5.1.1 <facilities@northgate-lab.example>: Recipient address rejected: User unknown in virtual alias table",
       "userunknown", True, "mx.northgate-lab.example")], "amazonses")
esp("ses-suppression-list.eml", "MAILER-DAEMON@amazonses.com", SES, "Delivery Status Notification (Failure)",
    "An error occurred while trying to deliver the mail to the following recipients:\n"
    "old.ap@marlow-systems.example\n",
    [R("old.ap@marlow-systems.example", "5.1.1",
       "550 5.1.1 Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide",
       "suppressed", False, "amazonses.com")], "amazonses")
esp("ses-domain-does-not-exist.eml", "MAILER-DAEMON@amazonses.com", SES, "Delivery Status Notification (Failure)",
    "An error occurred while trying to deliver the mail to the following recipients:\n"
    "it@vireo-robotics.example\n",
    [R("it@vireo-robotics.example", "5.1.2",
       "550 5.1.2 The domain vireo-robotics.example does not exist or has no mail exchanger",
       "hostunknown", True)], "amazonses")
esp("sendgrid-forwarded-mailbox-full.eml", "SendGrid Bounce Forwarding <bounces@sendgrid.net>", "o1.ptr5521.mail.ledgerly.example",
    "Undelivered Mail Returned to Sender",
    "This message was forwarded by SendGrid's bounce forwarding setting.\n\n"
    "The following message could not be delivered:\n\n"
    "  <brian@castleton-auto.example>: 552 5.2.2 <brian@castleton-auto.example>: mailbox is full (MAILBOX_FULL)\n",
    [R("brian@castleton-auto.example", "5.2.2", "552 5.2.2 <brian@castleton-auto.example>: mailbox is full (MAILBOX_FULL)",
       "mailboxfull", False, "mx.castleton-auto.example")], "sendgrid")
esp("mailgun-previously-bounced.eml", "Mailgun <postmaster@mg.ledgerly.example>", "so254-31.mailgun.net", "Delivery Status Notification (Failure)",
    "Mailgun did not deliver your message to the following recipient:\n\n"
    "  accounts@fairhaven-tools.example\n\n"
    "Reason: Not delivering to previously bounced address\n",
    [R("accounts@fairhaven-tools.example", "5.0.0", "605 Not delivering to previously bounced address",
       "suppressed", False, reply="")], "mailgun")
esp("sparkpost-suppressed-policy.eml", "SparkPost <bounces@sparkpostmail.com>", "mta232a.sparkpostmail.com", "Delivery Status Notification (Failure)",
    "Your message was not delivered to the following recipient:\n\n"
    "  purchasing@blackstone-paving.example\n\n"
    "554 5.7.1 recipient address suppressed due to customer policy\n",
    [R("purchasing@blackstone-paving.example", "5.7.1", "554 5.7.1 recipient address suppressed due to customer policy",
       "suppressed", False)], "sparkpost")
esp("postmark-hard-bounce-notice.eml", "Postmark <support@postmarkapp.com>", "smtp.postmarkapp.com", "Hard bounce: accounts@redwing-survey.example",
    "Hello,\n\nA message sent from your server \"Ledgerly Transactional\" bounced.\n\n"
    "Recipient: accounts@redwing-survey.example\nType: Hard bounce\n"
    "Details: smtp;550 5.1.1 The email account that you tried to reach does not exist.\n\n"
    "Postmark has deactivated this address; further messages to it will not be sent until you reactivate it.\n",
    [R("accounts@redwing-survey.example", "5.1.1", "550 5.1.1 The email account that you tried to reach does not exist.",
       "userunknown", True)], "postmark", dsn=False)

# ---------------------------------------------------------------- recipient in the text only
plain_bounce("smallco-exchange2013-plain-ndr.eml", "postmaster@alder-surveying.example", "mail.alder-surveying.example",
             "Undeliverable: " + pick("x", SUBJECTS),
             "Delivery has failed to these recipients or groups:\n\n"
             "Kevin Walsh (kwalsh@alder-surveying.example)\n"
             "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to\n"
             "resend the message. If the problem continues, please contact your helpdesk.\n\n"
             "Diagnostic information for administrators:\n\n"
             "Generating server: ALDER-EX01.alder.local\n\n"
             "kwalsh@alder-surveying.example\n"
             "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
             [R("kwalsh@alder-surveying.example", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "userunknown", True)],
             "exchange")
plain_bounce("barracuda-appliance-plain-notice.eml", "Barracuda Email Security Gateway <postmaster@bsf.stonebridge-pt.example>",
             "bsf.stonebridge-pt.example", "Message delivery failure notification",
             "Your message to: frontdesk@stonebridge-pt.example\n"
             "was not delivered.\n\n"
             "Reason: the recipient's mailbox is over its storage quota.\n"
             "Server response: 552 5.2.2 Quota exceeded for frontdesk\n\n"
             "This notice was generated by the Barracuda Email Security Gateway at stonebridge-pt.example.",
             [R("frontdesk@stonebridge-pt.example", "5.2.2", "552 5.2.2 Quota exceeded for frontdesk", "mailboxfull", False)],
             "barracuda")

# ---------------------------------------------------------------- near-misses (no record expected)
TO = "postmaster@mail.ledgerly.example"
nb("nb-proofpoint-end-user-digest.eml", "Proofpoint Essentials <quarantine@ppe-hosted.com>", TO,
   "End User Digest: 3 New Messages",
   "End User Digest\n\nYou have 3 new messages in your quarantine since the last digest.\n"
   "Messages listed below have been held and were not delivered to your inbox.\n\n"
   "Release | Safelist | Blocklist   From: deals@cheap-toner.example   Subject: Toner 70% off\n"
   "Release | Safelist | Blocklist   From: info@seo-rank.example   Subject: Page one guaranteed\n"
   "Release | Safelist | Blocklist   From: hr@payroll-verify.example   Subject: Verify your W-2\n\n"
   "Messages are deleted from the quarantine after 30 days.\n", auto=True, host="ppe-hosted.com")
nb("nb-m365-quarantine-notification.eml", "Microsoft 365 Security <quarantine@messaging.microsoft.com>", TO,
   "Microsoft 365 security: You have messages in quarantine",
   "Review these messages\n\n2 messages are being held for you to review as of 12/2/2026 11:00:14 PM (UTC).\n\n"
   "Review them within 30 days of the received date by going to the Quarantine page in the Security Center.\n\n"
   "Prevented spam messages\nSender: promo@trade-show-leads.example\nSubject: Attendee list for sale\nDate: 12/2/2026 9:41:02 PM\n", auto=True,
   host="messaging.microsoft.com")
nb("nb-mimecast-hold-summary.eml", "Mimecast <postmaster@mimecast.com>", TO, "Hold Summary: 2 messages on hold",
   "Your Mimecast Personal Portal hold summary\n\nThe following messages have been held for review:\n\n"
   "1. From: newsletter@vendor-expo.example  Subject: Booth upgrades  Reason: Spam Signature\n"
   "2. From: ceo@lookalike-ledgerly.example  Subject: Urgent wire  Reason: Impersonation Protect\n\n"
   "Click Release to deliver a message to your inbox, or Reject to remove it.\n", auto=True, host="mimecast.com")
nb("nb-zendesk-ticket-invoice-bounced.eml", "Ledgerly Support <support@ledgerly.zendesk.com>", "agents@ledgerly.example",
   "[Ledgerly Support] Re: Our invoices keep bouncing (#48213)",
   "##- Please type your reply above this line -##\n\nNina Howell (Eastfield Dental) wrote:\n\n"
   "Hi, our office manager says the invoice emails from you bounced back last week. We moved our mail to\n"
   "Microsoft 365 in November. Can you resend the November invoice to billing@eastfield-dental.example?\n\n"
   "Ticket #48213 status: Open. Priority: Normal.\n", extra=[("X-Mailer", "Zendesk Mailer")], auto=True, host="ledgerly.zendesk.com")
nb("nb-customer-asks-about-550.eml", "Owen Park <owen.park@sagebrush-logistics.example>", "billing@ledgerly.example",
   "Question about an email error",
   "Hello Ledgerly team,\n\nOne of our coworkers tried to forward your receipt to our AP box and got an error\n"
   "that mentioned something like a 550 and 'recipient rejected'. Is that on your side or ours? Our IT\n"
   "contractor is out this week. The receipt itself arrived fine for me.\n\nThanks,\nOwen Park\nSagebrush Logistics\n",
   host="sagebrush-logistics.example")
nb("nb-calendar-accepted-onboarding.eml", "Priya Raman <priya@foundry-analytics.example>", "cs@ledgerly.example",
   "Accepted: Ledgerly onboarding call",
   "Priya Raman has accepted this meeting.\n\nWhen: Thursday, December 3, 2026 10:00 AM-10:45 AM (UTC-06:00) Central Time\nWhere: Microsoft Teams Meeting\n",
   host="foundry-analytics.example")
nb("nb-calendar-declined-out-of-office.eml", "Greg Summers <greg@tidewater-supply.example>", "cs@ledgerly.example",
   "Declined: Quarterly business review",
   "Greg Summers has declined this meeting.\n\nI'll be out of the office that week; could we move it to the 14th?\n", host="tidewater-supply.example")
nb("nb-docusign-completed.eml", "DocuSign via Ledgerly <dse_na3@docusign.net>", "sales-ops@ledgerly.example",
   "Completed: Please DocuSign: Ledgerly Order Form - Eastfield Dental",
   "All parties have completed Please DocuSign: Ledgerly Order Form - Eastfield Dental.\n\n"
   "VIEW COMPLETED DOCUMENT\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.\n",
   auto=True, host="docusign.net")
nb("nb-docusign-voided.eml", "DocuSign via Ledgerly <dse_na3@docusign.net>", "sales-ops@ledgerly.example",
   "Voided: Please DocuSign: Ledgerly Renewal 2027 - Corbin Hardware",
   "The envelope was voided by Maya Chen.\n\nReason for voiding: Wrong signer; the contact no longer handles renewals.\n", auto=True, host="docusign.net")
nb("nb-salesforce-case-assigned.eml", "Salesforce <noreply@salesforce.com>", "ops@ledgerly.example",
   "Case 00482917 has been assigned to you",
   "Case 00482917 has been assigned to you. Please click the link below to review the case.\n\n"
   "Subject: Invoice emails not received by customer\nContact: Rosa Delgado\nAccount: Meridian HVAC Services\n", auto=True, host="salesforce.com")
nb("nb-salesforce-report-ready.eml", "Salesforce <noreply@salesforce.com>", "ops@ledgerly.example",
   "Report results (Email Bounce Review - weekly)",
   "Your scheduled report is ready.\n\nReport: Email Bounce Review - weekly\nRows: 14\n"
   "Contacts with Email Bounced Reason set: 14 (see the attached report; no action was taken on these records)\n", auto=True, host="salesforce.com")
nb("nb-jira-request-resolved.eml", "IT Help Desk <jira@cascade-outfitters.atlassian.net>", "billing@ledgerly.example",
   "ITHELP-4412 Emails from Ledgerly not received - Resolved",
   "Your request ITHELP-4412 has been resolved.\n\nResolution: we added mail.ledgerly.example to the allow list of our mail gateway.\n"
   "Messages from your domain were being held in quarantine; they have been released.\n", auto=True, host="cascade-outfitters.atlassian.net")
nb("nb-vendor-security-questionnaire.eml", "Compliance Team <vendor-risk@granite-insurance.example>", "security@ledgerly.example",
   "Vendor security questionnaire - email section",
   "Hello,\n\nAs part of our annual vendor review, please answer the following:\n\n"
   "7.1 Do you publish SPF records for all sending domains? Is the policy -all or ~all?\n"
   "7.2 Do you sign outbound mail with DKIM (key length)?\n"
   "7.3 What is your DMARC policy (p=none, quarantine, reject) and do you review aggregate reports?\n"
   "7.4 How do you handle bounces and suppress invalid recipients?\n\nPlease reply by December 18.\n",
   host="granite-insurance.example")
nb("nb-it-notice-mailbox-migration.eml", "IT Services <it@lowell-precision.example>", "all-vendors@lowell-precision.example",
   "Scheduled maintenance: email migration this weekend",
   "This weekend we are moving our mailboxes to a new platform. Every mailbox quota will increase to 100 GB.\n"
   "Mail sent to us between Saturday 8 PM and Sunday 6 AM may be delayed but will not be lost.\n", host="lowell-precision.example")
nb("nb-ap-change-of-address.eml", "Rosa Delgado <r.delgado@meridian-hvac.example>", "billing@ledgerly.example",
   "Please update our billing contact",
   "Hi,\n\nTuan is no longer with us. Please send all invoices to r.delgado@meridian-hvac.example from now on\n"
   "and remove t.nguyen@meridian-hvac.example from our account.\n\nThank you,\nRosa\n", host="meridian-hvac.example")
nb("nb-statuspage-delayed-delivery.eml", "Ledgerly Email Relay Status <noreply@statuspage.example>", "eng@ledgerly.example",
   "[Investigating] Delayed delivery to Microsoft 365 recipients",
   "Investigating - We are seeing deferrals (451 4.7.500 Server busy) from Microsoft 365 for part of our sending pool.\n"
   "Messages are queued and will be retried; no messages have bounced. Next update in 60 minutes.\n", auto=True, host="statuspage.example")
nb("nb-sendgrid-weekly-stats.eml", "SendGrid <no-reply@sendgrid.com>", "eng@ledgerly.example",
   "Your weekly email statistics",
   "Requests: 412,903\nDelivered: 408,551 (98.9%)\nBounces: 2,214 (0.5%)\nBlocks: 610\nSpam reports: 41\n"
   "Unsubscribes: 388\n\nView the full report in your dashboard.\n", auto=True, host="sendgrid.com")

# read receipts and DMARC aggregate reports (multipart, not bounces)
for nm, subj, fld in [("nb-read-receipt-outlook.eml", "Read: " + SUBJECTS[0], "displayed"),
                      ("nb-not-read-deleted.eml", "Not read: " + SUBJECTS[7], "deleted")]:
    d = when(nm)
    bnd = boundary(nm)
    human = (f"Your message\n\n    To: ap@corbin-hardware.example\n    Subject: {subj.split(': ', 1)[1]}\n\n"
             + ("was read on Wednesday, December 2, 2026 11:18:40 PM (UTC+00:00)." if fld == "displayed"
                else "was deleted without being read on Wednesday, December 2, 2026 11:18:40 PM (UTC+00:00)."))
    mdn = part("message/disposition-notification",
               "Reporting-UA: corbin-hardware.example; Microsoft Outlook 16.0\n"
               "Final-Recipient: rfc822; ap@corbin-hardware.example\n"
               f"Original-Message-ID: {mid(nm + 'o', 'mail.ledgerly.example')}\n"
               f"Disposition: manual-action/MDN-sent-manually; {fld}\n", cte=None)
    write(NB, nm, mail([received([("mail.corbin-hardware.example", "203.0.113.142", "mx.mail.ledgerly.example", "Postfix", qid(nm), d)]),
                        ("Date", d), ("From", "AP Desk <ap@corbin-hardware.example>"), ("To", SENDERS[2]), ("Subject", subj),
                        ("Message-ID", mid(nm, "corbin-hardware.example"))],
                       multipart("report", [text_part(human), mdn], bnd, " report-type=disposition-notification;")))
nm = "nb-dmarc-aggregate-report.eml"
d = when(nm)
write(NB, nm, mail([received([("mail-sor-f69.google.com", "209.85.220.69", "mx.mail.ledgerly.example", "Postfix", qid(nm), d)]),
                    ("Date", d), ("From", "noreply-dmarc-support@google.com"), ("To", "dmarc-rua@ledgerly.example"),
                    ("Subject", "Report domain: mail.ledgerly.example Submitter: google.com Report-ID: 1183302817440192211"),
                    ("Message-ID", mid(nm, "google.com"))],
                   multipart("mixed", [text_part("This is an aggregate report from google.com.\n"),
                                       part("application/zip; name=\"google.com!mail.ledgerly.example!1764633600!1764719999.zip\"",
                                            "UEsDBBQAAAAIAAAAIQDkxN1FAAAAAAAAAAAAAAAA", "base64",
                                            "Content-Disposition: attachment; filename=\"google.com!mail.ledgerly.example!1764633600!1764719999.zip\"")],
                             boundary(nm))))

write_expected(os.path.join(OUT, "expected.jsonl"))
