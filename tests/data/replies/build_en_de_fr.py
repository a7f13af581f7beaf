"""Turn the hand-written English, German and French replies into .eml/.txt files and labels-*.csv.

The content of every reply lives in sources/<lang>.py, written by hand; this script only dresses
each reply the way a real client would send it (quoting style, HTML, charset, transfer encoding,
automatic-reply headers, delivery-status reports), so the classifier is measured on real MIME.

    .venv/bin/python tests/data/replies/build_en_de_fr.py   # rebuilds en/, de/, fr/ and the csvs

Ids follow the order of the entries (append only). Split: within each label, the 2nd and 4th of
every five entries are held out (40%, stratified, stable when entries are appended).
"""

from __future__ import annotations

import csv
import hashlib
import html
import importlib.util
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

from sequencer.inbound.intent import Label

HERE = Path(__file__).resolve().parent
LABELS = tuple(str(label) for label in Label)  # the reader's ten labels


@dataclass
class Reply:
    """One hand-written reply. kind: email | sms | bounce."""

    label: str
    at: str  # "YYYY-MM-DD HH:MM", UTC
    who: str  # "First Last" (sender); for bounces the failed recipient's address
    text: str
    kind: str = "email"
    quote: str = "gmail"  # gmail | outlook | outlook-old | apple | iphone | android | bottom | none
    html: str = ""  # "" = as the client usually sends | plain | alt | only
    cte: str | None = None  # None (7bit/8bit) | quoted-printable | base64
    charset: str = "utf-8"
    date: str = ""  # named_date, ISO
    note: str = ""
    auto: bool = False  # automatic reply headers (RFC 3834 and Exchange's)
    job: int | None = None  # which original; None = picked from the id
    touch: int | None = None  # which of the locale's bodies is quoted; -1 = its stop_body
    lang: str = ""  # reply language if it differs from the folder's
    email: str = ""  # sender address, if the name-derived one will not do
    dsn: str = "postfix"  # bounces: postfix | exchange | gmail | plain
    extra: dict[str, str] = field(default_factory=dict)


def email(label: str, at: str, who: str, text: str, **kw: object) -> Reply:
    return Reply(label, at, who, text, **kw)  # type: ignore[arg-type]


def sms(label: str, at: str, text: str, note: str = "", lang: str = "", date: str = "") -> Reply:
    return Reply(label, at, "", text, kind="sms", note=note, lang=lang, date=date)


def bounce(at: str, rcpt: str, human: str, status: str, diag: str, **kw: object) -> Reply:
    extra = {"status": status, "diag": diag}
    return Reply("bounce", at, rcpt, human, kind="bounce", extra=extra, **kw)  # type: ignore[arg-type]


def seed(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16)


def load(lang: str) -> tuple[dict[str, object], list[Reply]]:
    spec = importlib.util.spec_from_file_location(
        f"replies_{lang}", HERE / "sources" / f"{lang}.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.LOCALE, module.REPLIES


# ---------------------------------------------------------------- originals and quoting


@dataclass
class Original:
    """Our outreach message that a reply answers (and quotes)."""

    body: str
    subject: str
    from_name: str
    from_addr: str
    msgid: str
    when: datetime


def first(name: str) -> str:
    return name.split()[0]


def original(loc: dict[str, object], r: Reply, rid: str, when: datetime) -> Original:
    """The outreach message this reply answers, in the locale's words, with its footer."""
    jobs = loc["jobs"]
    assert isinstance(jobs, list)
    job = jobs[r.job if r.job is not None else pick_job(loc, r.text, rid)]
    bodies = loc["bodies"]
    assert isinstance(bodies, list)
    touches = job.get("touches") or list(range(len(bodies)))  # a job may be written in one language
    touch = r.touch if r.touch is not None else touches[seed(rid + "t") % len(touches)]
    recruiter, remail = job["recruiter"]
    token = hashlib.sha1(rid.encode()).hexdigest()[:22]
    template = loc["stop_body"] if touch < 0 else bodies[touch]  # -1: the text that says STOP
    assert isinstance(template, str)
    body = template.format(
        first=first(r.who) if r.who else "",
        rfirst=first(recruiter),
        recruiter=recruiter,
        token=token,
        **{k: v for k, v in job.items() if isinstance(v, str)},
    )
    msgid = f"<{token}.{touch}@mail.northwind.example>"
    return Original(body, job["subject"], recruiter, remail, msgid, when)


def pick_job(loc: dict[str, object], text: str, rid: str) -> int:
    """A job the reply can be answering: its recruiter is the one greeted, its hints are named."""
    jobs = loc["jobs"]
    names = loc["names"]
    assert isinstance(jobs, list) and isinstance(names, dict)
    fits = list(range(len(jobs)))
    greeted = [who for word, who in names.items() if re.search(rf"\b{word}\b", text)]
    by_recruiter = [i for i in fits if jobs[i]["recruiter"] in greeted]
    fits = by_recruiter or fits
    hinted = [i for i in fits if any(h in text for h in jobs[i].get("hints", []))]
    fits = hinted or fits
    return fits[seed(rid) % len(fits)]


def fmt(loc: dict[str, object], key: str, when: datetime, o: Original) -> str:
    days = loc["days"]
    months = loc["months"]
    assert isinstance(days, list) and isinstance(months, list)
    h12 = when.hour % 12 or 12
    pattern = loc[key]
    assert isinstance(pattern, str)
    return pattern.format(
        day=days[when.weekday()],
        dy=loc["dys"][when.weekday()] if "dys" in loc else days[when.weekday()][:3],  # type: ignore[index]
        d=when.day,
        dd=f"{when.day:02d}",
        mm=f"{when.month:02d}",
        month=months[when.month - 1],
        mon=loc["mons"][when.month - 1],  # type: ignore[index]
        y=when.year,
        hm=f"{when:%H:%M}",
        h12=f"{h12}:{when:%M}",
        ampm="AM" if when.hour < 12 else "PM",
        name=o.from_name,
        addr=o.from_addr,
    )


def quoted_plain(loc: dict[str, object], style: str, o: Original, to: str) -> str:
    when = o.when
    prefixed = "\n".join(("> " + line).rstrip() for line in o.body.splitlines())
    if style in ("gmail", "android"):
        head = fmt(loc, "gmail" if style == "gmail" else "android", when, o)
        return f"\n\n{head}\n\n{prefixed}\n"
    if style in ("apple", "iphone"):
        head = fmt(loc, "apple", when, o)
        if style == "iphone":  # iOS quotes its attribution line; desktop Apple Mail does not
            return f"\n\n{loc['iphone']}\n\n> {head}\n>\n{prefixed}\n"
        return f"\n\n{head}\n\n{prefixed}\n"
    if style in ("outlook", "outlook-old"):
        lab = loc["outlook"]
        assert isinstance(lab, list)
        sent = fmt(loc, "outlook_date", when, o)
        rule = "________________________________" if style == "outlook" else loc["original"]
        block = (
            f"{rule}\n{lab[0]} {o.from_name} <{o.from_addr}>\n{lab[1]} {sent}\n"
            f"{lab[2]} {to}\n{lab[3]} {o.subject}\n"
        )
        return f"\n\n{block}\n{o.body}\n"
    return "\n"


def as_html(text: str) -> str:
    paras = text.strip().split("\n\n")
    return "".join(
        "<div>"
        + "<br>".join(html.escape(ln, quote=False) for ln in p.splitlines())
        + "</div><div><br></div>"
        for p in paras
    )


def quoted_html(loc: dict[str, object], style: str, o: Original, to: str) -> str:
    when = o.when
    body = as_html(o.body)
    if style in ("gmail", "android"):
        head = html.escape(fmt(loc, "gmail", when, o))
        return (
            f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>'
        )
    if style in ("apple", "iphone"):
        head = html.escape(fmt(loc, "apple", when, o))
        sent = f"<div>{html.escape(str(loc['iphone']))}</div>" if style == "iphone" else ""
        return f'{sent}<div><br><blockquote type="cite">{head}<br><br>{body}</blockquote></div>'
    if style in ("outlook", "outlook-old"):
        lab = loc["outlook"]
        assert isinstance(lab, list)
        sent = html.escape(fmt(loc, "outlook_date", when, o))
        sender = html.escape(f"{o.from_name} <{o.from_addr}>")
        return (
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt">'
            f"<b>{lab[0]}</b> {sender}<br><b>{lab[1]}</b> {sent}<br><b>{lab[2]}</b> "
            f"{html.escape(to)}<br><b>{lab[3]}</b> {html.escape(o.subject)}</font>"
            f"<div>&nbsp;</div></div><div>{body}</div>"
        )
    return ""


# ---------------------------------------------------------------- messages


DOMAINS = {
    "en": ["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "fastmail.com", "proton.me"],
    "de": ["gmail.com", "web.de", "gmx.de", "posteo.de", "t-online.de", "outlook.de"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "outlook.fr", "yahoo.fr"],
}
OFFSETS = {"en": [0, -5, -8, -4, 1], "de": [1, 2], "fr": [1, 2]}
MAILERS = {
    "gmail": None,
    "android": None,
    "outlook": "Microsoft Outlook 16.0",
    "outlook-old": "Microsoft Outlook 16.0",
    "apple": "Apple Mail (2.3774.300.61.1.2)",
    "iphone": "iPhone Mail (22B91)",
    "none": None,
}


def address(lang: str, r: Reply, rid: str) -> str:
    if r.email:
        return r.email
    parts = [p.lower() for p in r.who.replace("-", " ").split()]
    plain = "".join(
        {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ç": "c", "ë": "e"}.get(
            c, c
        )
        for c in ".".join(parts)
    )
    return f"{plain}@{DOMAINS[lang][seed(rid) % len(DOMAINS[lang])]}"


def local_time(lang: str, r: Reply, rid: str) -> datetime:
    utc = datetime.strptime(r.at, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    offsets = OFFSETS[lang]
    start = seed(rid + "tz")
    for i in range(len(offsets)):  # a sender's clock shows a waking hour on the same day as UTC
        hours = offsets[(start + i) % len(offsets)]
        local = utc.astimezone(timezone(timedelta(hours=hours)))
        if local.date() == utc.date() and 7 <= local.hour <= 22:
            return local
    return utc


# How each client usually encodes a body when the entry does not say (None: Python decides).
CTE = {"apple": "quoted-printable", "iphone": "quoted-printable", "android": "base64"}
CTE |= {"outlook": "quoted-printable", "bottom": "8bit", "none": "8bit"}


def set_body(part: EmailMessage, text: str, subtype: str, r: Reply) -> None:
    text.encode(r.charset)  # fail loudly: a latin-1 message cannot carry what latin-1 lacks
    cte = r.cte or CTE.get(r.quote)
    part.set_content(text, subtype=subtype, charset=r.charset, cte=cte)


def shape(r: Reply, rid: str) -> str:
    """plain, alt or only: webmail and desktop clients mostly send text and HTML together."""
    if r.html:
        return r.html
    usual = r.quote in ("gmail", "android", "outlook", "apple") and not r.auto
    return "alt" if usual and seed(rid + "html") % 3 else "plain"


def reply_message(loc: dict[str, object], lang: str, r: Reply, rid: str) -> EmailMessage:
    when = local_time(lang, r, rid)
    sent = when - timedelta(days=1 + seed(rid + "d") % 5, hours=seed(rid + "h") % 5)
    sent -= timedelta(days=max(0, sent.weekday() - 4))  # recruiters write on weekdays
    o = original(loc, r, rid, sent.replace(hour=10, minute=4 + seed(rid) % 50))
    to = f"{o.from_name} <{o.from_addr}>"
    msg = EmailMessage()
    sender = address(lang, r, rid)
    msg["From"] = f"{r.who} <{sender}>"
    msg["To"] = to
    prefix = loc["re_outlook"] if r.quote.startswith("outlook") else "Re: "
    if r.auto:
        prefix = str(loc["auto_subject"])
    msg["Subject"] = f"{prefix}{o.subject}"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{hashlib.sha1(rid.encode()).hexdigest()[:16]}@{sender.split('@')[1]}>"
    msg["In-Reply-To"] = o.msgid
    msg["References"] = o.msgid
    mailer = MAILERS.get(r.quote)
    if mailer:
        msg["X-Mailer"] = mailer
    if r.auto:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        if seed(rid) % 2:
            msg["Precedence"] = "auto_reply"
    for k, v in r.extra.items():
        msg[k] = v
    style = "none" if r.auto else r.quote
    if style == "bottom":  # replies below the quote, as some Apple and Thunderbird users do
        plain = quoted_plain(loc, "apple", o, to).lstrip("\n") + "\n" + r.text.strip("\n") + "\n"
        rich = quoted_html(loc, "apple", o, to) + f"<div><br></div>{as_html(r.text)}"
    else:
        plain = r.text.strip("\n") + "\n" + quoted_plain(loc, style, o, f"{r.who} <{sender}>")
        rich = f'<div dir="ltr">{as_html(r.text)}</div>' + quoted_html(loc, style, o, to)
    rich = f'<html><head><meta charset="{r.charset}"></head><body>{rich}</body></html>'
    html_shape = shape(r, rid)
    if html_shape == "only":
        set_body(msg, rich, "html", r)
    elif html_shape == "alt":
        set_body(msg, plain, "plain", r)
        alt = EmailMessage()
        set_body(alt, rich, "html", r)
        cte = r.cte or CTE.get(r.quote)
        msg.add_alternative(alt.get_content(), subtype="html", charset=r.charset, cte=cte)
    else:
        set_body(msg, plain, "plain", r)
    return msg


BOUNCE_FROM = {
    "postfix": (
        "Mail Delivery System <MAILER-DAEMON@{host}>",
        "Undelivered Mail Returned to Sender",
    ),
    "exchange": ("Microsoft Outlook <postmaster@{host}>", "{undeliverable}{subject}"),
    "gmail": (
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    ),
    "plain": ("postmaster@{host}", "{undeliverable}{subject}"),
}


def bounce_message(loc: dict[str, object], lang: str, r: Reply, rid: str) -> Message:
    when = local_time(lang, r, rid)
    o = original(loc, Reply("", r.at, "Alex Doe", "", job=r.job), rid, when - timedelta(minutes=3))
    rcpt = r.who
    host = "mx." + rcpt.split("@")[1]
    sender_t, subject_t = BOUNCE_FROM[r.dsn]
    subject = subject_t.format(undeliverable=loc["undeliverable"], subject=o.subject)
    orig = EmailMessage()
    orig["From"] = f"{o.from_name} <{o.from_addr}>"
    orig["To"] = rcpt
    orig["Subject"] = o.subject
    orig["Date"] = format_datetime(when - timedelta(minutes=3))
    orig["Message-ID"] = o.msgid
    name = rcpt.split("@")[0].split(".")[0].title()
    orig.set_content(o.body.replace("Alex", name if len(name) > 1 else "there"))
    human = r.text.format(rcpt=rcpt, subject=o.subject, host=host)
    charset = "us-ascii" if human.isascii() else r.charset
    if r.dsn == "plain":
        msg: Message = EmailMessage()
        text = human + "\n\n" + "\n".join(f"    {ln}" for ln in o.body.splitlines()) + "\n"
        msg.set_content(text, charset=r.charset)  # type: ignore[attr-defined]
    else:
        msg = MIMEMultipart("report", report_type="delivery-status")
        if r.html == "alt":
            alt = MIMEMultipart("alternative")
            alt.attach(MIMEText(human, "plain", charset))
            alt.attach(MIMEText(f"<html><body>{as_html(human)}</body></html>", "html", charset))
            msg.attach(alt)
        else:
            msg.attach(MIMEText(human, "plain", charset))
        status = Message()
        status["Content-Type"] = "message/delivery-status"
        per_msg = Message()
        per_msg["Reporting-MTA"] = f"dns; {host}"
        per_msg["Arrival-Date"] = format_datetime(when - timedelta(minutes=2))
        per_rcpt = Message()
        per_rcpt["Final-Recipient"] = f"rfc822; {rcpt}"
        per_rcpt["Action"] = "failed"
        per_rcpt["Status"] = r.extra["status"]
        per_rcpt["Diagnostic-Code"] = f"smtp; {r.extra['diag']}"
        status.set_payload([per_msg, per_rcpt])
        msg.attach(status)
        msg.attach(MIMEMessage(orig))
    msg["From"] = sender_t.format(host=host)
    msg["To"] = f"{o.from_name} <{o.from_addr}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{hashlib.sha1(rid.encode()).hexdigest()[:20]}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return msg


# ---------------------------------------------------------------- build


def build(lang: str) -> list[dict[str, str]]:
    loc, replies = load(lang)
    folder = HERE / lang
    folder.mkdir(exist_ok=True)
    seen: dict[str, int] = {}
    rows = []
    for n, r in enumerate(replies, start=1):
        assert r.label in LABELS, (lang, n, r.label)
        rid = f"{lang}-{n:04d}"
        k = seen.get(r.label, 0)
        seen[r.label] = k + 1
        if r.kind == "sms":
            name = f"{rid}.txt"
            (folder / name).write_text(r.text.strip() + "\n", encoding="utf-8")
        else:
            name = f"{rid}.eml"
            make = bounce_message if r.kind == "bounce" else reply_message
            msg = make(loc, lang, r, rid)
            for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
                part.set_boundary(f"000000000000{seed(rid) + i:x}")  # stable files, stable diffs
            (folder / name).write_bytes(msg.as_bytes())
        rows.append(
            {
                "id": rid,
                "file": f"{lang}/{name}",
                "channel": "sms" if r.kind == "sms" else "email",
                "language": r.lang or lang,
                "label": r.label,
                "named_date": r.date,
                "received": r.at[:10],
                "split": "heldout" if k % 5 in (1, 3) else "train",
                "note": r.note,
            }
        )
    with (HERE / f"labels-{lang}.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main(langs: list[str]) -> None:
    for lang in langs or ["en", "de", "fr"]:
        if (HERE / "sources" / f"{lang}.py").exists():
            rows = build(lang)
            print(f"{lang}: {len(rows)} replies")


if __name__ == "__main__":
    main(sys.argv[1:])
