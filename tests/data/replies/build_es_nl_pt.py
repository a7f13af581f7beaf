"""Build the Spanish, Dutch and Portuguese reply corpus from its hand-written sources.

Each reply's words are written by hand in sources/{es,nl,pt}.txt; this script only dresses them as
a real mail client would (headers, quoting of our original, MIME, encodings, DSNs for bounces) so
that the quoting and encodings are produced by the `email` package, not imitated. Rerun after
editing a source:  .venv/bin/python tests/data/replies/build_es_nl_pt.py

Source format, one entry per reply:
    @@ <n> <e|s> <label> <received YYYY-MM-DD> <named_date or -> [s=<style>] [o=<original>] | note
    ~ Sender Name            (email only)
    body lines...
style letters (any order, missing ones cycle by id): quote g=Gmail local, G=Gmail English,
o=Outlook local, O=Outlook English, a=Apple Mail, m=mobile (signature + Apple quote), n=none;
body p=text/plain, h=multipart/alternative, H=HTML only; encoding 8=8bit, q=quoted-printable,
b=base64, l=legacy 8-bit charset (iso-8859-1, else windows-1252); B=reply written below the quote;
bounces: x=non-standard plain-text bounce (default: an RFC 3464 report); by=postfix|exchange|gmail
says which server wrote it, st= its status code.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage, Message
from email.policy import default
from email.utils import format_datetime
from pathlib import Path

from locales_es_nl_pt import LOCALES, ORIGINALS, Locale, Original

HERE = Path(__file__).parent
LABELS = {
    "int": "interested",
    "q": "question",
    "later": "not_now",
    "no": "not_interested",
    "stop": "opt_out",
    "ref": "referral",
    "wrong": "wrong_person",
    "acc": "accepted_elsewhere",
    "ooo": "out_of_office",
    "bounce": "bounce",
}
QUOTE_CSS = "margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex"
DIAGNOSTICS = {  # what receiving servers say, by status code
    "5.1.1": "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table",
    "5.2.2": "552 5.2.2 <{r}>: mailbox full, quota exceeded",
    "5.1.10": "550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
    "Recipient not found by SMTP address lookup",
    "5.4.1": "550 5.4.1 Recipient address rejected: Access denied",
    "5.2.1": "550 5.2.1 The email account that you tried to reach is disabled",
}
QUOTE_NOTES = {
    "g": "gmail quote",
    "G": "gmail quote (en)",
    "o": "outlook quote",
    "O": "outlook quote (en)",
    "a": "apple quote",
    "m": "mobile",
}
FIELDS = ["id", "file", "channel", "language", "label", "named_date", "received", "split", "note"]


@dataclass
class Entry:
    lang: str
    n: int
    channel: str
    label: str
    received: date
    named: str
    style: str
    original: int | None
    note: str
    sender: str
    body: str
    opts: dict[str, str]

    @property
    def id(self) -> str:
        return f"{self.lang}-{self.n:04d}"

    def pick(self, letters: str, cycle: str) -> str:
        """The style letter from `letters` the entry asks for, else one chosen by its id."""
        for letter in self.style:
            if letter in letters:
                return letter
        return cycle[_hash(self.id) % len(cycle)]


def _hash(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16)


def parse(lang: str) -> list[Entry]:
    entries: list[Entry] = []
    text = (HERE / "sources" / f"{lang}.txt").read_text(encoding="utf-8")
    for chunk in text.split("\n@@ ")[1:]:
        head, _, rest = chunk.partition("\n")
        fields, _, note = head.partition("|")
        n, channel, label, received, named, *extra = fields.split()
        opts = dict(item.split("=", 1) for item in extra)
        sender = ""
        if rest.startswith("~ "):
            sender, _, rest = rest[2:].partition("\n")
        body = "\n".join(line.rstrip() for line in rest.rstrip().splitlines()).strip("\n")
        entries.append(
            Entry(
                lang, int(n), {"e": "email", "s": "sms"}[channel], LABELS[label],
                date.fromisoformat(received), "" if named == "-" else named,
                opts.get("s", ""), int(opts["o"]) if "o" in opts else None,
                note.strip(), sender.strip(), body, opts,
            )
        )  # fmt: skip
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)), f"duplicate ids in {lang}"
    return entries


def address(name: str, n: int) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = [
        p
        for p in ascii_name.replace("'", "").split()
        if p not in {"de", "van", "der", "da", "dos", "la"}
    ]
    domains = [
        "gmail.com",
        "hotmail.com",
        "outlook.com",
        "proton.me",
        "icloud.com",
        "yahoo.es",
        "posteo.net",
    ]
    styles = [
        ".".join(parts[:2]),
        parts[0] + parts[-1][0],
        parts[0][0] + "." + parts[-1],
        "_".join(parts[-2:]),
    ]
    return f"{styles[n % len(styles)]}@{domains[(n * 7) % len(domains)]}"


def moment(entry: Entry, loc: Locale) -> datetime:
    """A time on the received day (UTC), in the sender's zone (07:00–20:59 UTC keeps the day)."""
    h = _hash(entry.id)
    utc = datetime(
        entry.received.year,
        entry.received.month,
        entry.received.day,
        7 + h % 14,
        h % 60,
        h % 53,
        tzinfo=UTC,
    )
    winter, summer = loc.offsets[h % len(loc.offsets)]
    if (
        entry.lang == "pt"
    ):  # European Portuguese writers live in Lisbon's zone, the others in Brazil's
        lisbon = "PT-PT" in entry.note or original_for(entry).address.endswith("tejocloud.example")
        winter, summer = (0, 1) if lisbon else (-3, -3)
    offset = summer if 4 <= entry.received.month <= 10 else winter
    return utc.astimezone(timezone(timedelta(hours=offset)))


def original_for(entry: Entry) -> Original:
    choices = ORIGINALS[entry.lang]
    named = [
        i for i, o in enumerate(choices) if re.search(rf"\b{o.sender.split()[0]}\b", entry.body)
    ]
    index = (
        entry.original
        if entry.original is not None
        else named[0]
        if named
        else _hash(entry.id + "o") % len(choices)
    )
    return choices[index % len(choices)]


def quote_header(loc: Locale, orig: Original, sent: datetime, me: str, quote: str) -> str:
    """The line (Gmail, Apple) or block (Outlook) a client writes above the message it quotes."""
    english = LOCALES["en"]
    if quote in "gG":
        return (loc.gmail if quote == "g" else english.gmail)(sent, orig.sender, orig.address)
    if quote in "oO":
        return (loc.outlook if quote == "o" else english.outlook)(sent, orig, me)
    return loc.apple(sent, orig.sender, orig.address)


def quote_text(quote: str, header: str, body: str) -> str:
    if quote in "oO":  # Outlook does not prefix the quoted lines
        return "________________________________\n" + header + "\n\n" + body
    return f"{header}\n\n" + "\n".join("> " + ln if ln else ">" for ln in body.splitlines())


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


def quote_html(quote: str, header: str, body: str) -> str:
    """The quote as each client marks it up in HTML (the markup quote strippers look for)."""
    if quote in "gG":
        return (
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(header)}'
            f'<br></div><blockquote class="gmail_quote" style="{QUOTE_CSS}">{_lines(body)}'
            "</blockquote></div>"
        )
    if quote in "oO":
        fields = "<br>".join(
            f"<b>{html.escape(name)}:</b>{html.escape(value)}"
            for name, _, value in (line.partition(":") for line in header.splitlines())
        )
        return (
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" '
            f'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{fields}</font>'
            f"<div>&nbsp;</div></div><div>{_lines(body)}</div>"
        )
    return (
        f'<div><br><blockquote type="cite"><div>{html.escape(header)}</div>'
        f'<br class="Apple-interchange-newline"><div>{_lines(body)}</div></blockquote></div>'
    )


def to_html(reply: str, quote: str = "") -> str:
    paragraphs = "\n".join(f"<div>{_lines(p)}</div>" for p in reply.split("\n\n"))
    head = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    return f'<html><head>{head}</head><body><div dir="ltr">{paragraphs}</div>{quote}</body></html>'


def _encodes(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def set_body(msg: EmailMessage, text: str, html_text: str, mime: str, enc: str) -> str:
    cte = {"8": "8bit", "q": "quoted-printable", "b": "base64", "l": "quoted-printable"}[enc]
    charset = "utf-8"
    if enc == "l":  # an 8-bit charset as older clients send: Latin-1, Windows-1252 for – and €
        charset = next(c for c in ("iso-8859-1", "windows-1252", "utf-8") if _encodes(text, c))
    notes = {"8": "", "q": "quoted-printable", "b": "base64", "l": f"{charset} quoted-printable"}
    if mime == "H":
        msg.set_content(html_text, subtype="html", charset=charset, cte=cte)
        return ("html-only; " + notes[enc]).strip("; ")
    msg.set_content(text, charset=charset, cte=cte)
    if mime == "h":
        msg.add_alternative(html_text, subtype="html", charset=charset, cte=cte)
        return ("html alternative; " + notes[enc]).strip("; ")
    return notes[enc]


def build_email(entry: Entry) -> tuple[EmailMessage, str]:
    loc = LOCALES[entry.lang]
    orig = original_for(entry)
    sent_at = moment(entry, loc)
    orig_at = (sent_at - timedelta(days=1 + _hash(entry.id + "d") % 5)).replace(
        hour=8 + _hash(entry.id) % 4, minute=_hash(entry.id + "m") % 60
    )
    if orig_at.weekday() >= 5:  # recruiters write on working days
        orig_at -= timedelta(days=orig_at.weekday() - 4)
    me = address(entry.sender, entry.n)
    domain = me.split("@")[1]
    user, host = orig.address.split("@")
    orig_id = f"<{_hash(entry.id + 'orig') % 10**12:012d}.{user}@{host}>"
    msg = EmailMessage(policy=default)
    msg["From"] = f"{entry.sender} <{me}>"
    msg["To"] = f"{orig.sender} <{orig.address}>"
    msg["Date"] = format_datetime(sent_at)
    msg["Message-ID"] = f"<{hashlib.sha1(entry.id.encode()).hexdigest()[:20]}@{domain}>"
    msg["In-Reply-To"] = orig_id
    msg["References"] = orig_id
    notes = []
    if entry.label == "out_of_office" and not set(entry.style) & set("gGoOamn"):
        quote = "n"
    else:
        quote = entry.pick("gGoOamn", "ggoamgoGgon")
    subject = f"Re: {orig.subject}"
    if entry.label == "out_of_office" and quote == "n":
        subject = f"{loc.auto_subject}: {orig.subject}"
        if _hash(entry.id) % 3:
            msg["Auto-Submitted"] = "auto-replied"
            msg["X-Auto-Response-Suppress"] = "All"
            notes.append("auto-submitted")
        else:
            notes.append("no auto-submitted header")
    msg["Subject"] = subject
    msg["MIME-Version"] = "1.0"
    reply = entry.body
    if quote == "m":
        reply += "\n\n" + loc.mobile[_hash(entry.id) % len(loc.mobile)]
    text, html_text = reply, to_html(reply)
    if quote != "n":
        header = quote_header(loc, orig, orig_at, me, quote)
        plain_quote, html_quote = (
            quote_text(quote, header, orig.body),
            quote_html(quote, header, orig.body),
        )
        notes.append(QUOTE_NOTES[quote])
        if "B" in entry.style:  # bottom-posting: the reply is written under the quote
            text = plain_quote + "\n\n" + reply
            html_text = to_html(reply).replace('<div dir="ltr">', f'<div dir="ltr">{html_quote}', 1)
            notes.append("reply below the quote")
        else:
            text = reply + "\n\n" + plain_quote
            html_text = to_html(reply, html_quote)
    mime = entry.pick("phH", "pphphHp")
    enc = entry.pick("8qbl", "8qb8ql")
    notes.append(set_body(msg, text, html_text, mime, enc))
    if msg.is_multipart():
        msg.set_boundary("0000000000" + hashlib.sha1(entry.id.encode()).hexdigest()[:18])
        for part in msg.iter_parts():
            del part["MIME-Version"]
    return msg, "; ".join(n for n in notes if n)


def _status_block(fields: dict[str, str]) -> Message:
    block = Message()
    for key, value in fields.items():
        block[key] = value
    return block


def build_bounce(entry: Entry) -> tuple[EmailMessage, str]:
    loc = LOCALES[entry.lang]
    orig = original_for(entry)
    at = moment(entry, loc)
    rcpt = address(entry.sender, entry.n)
    mta = "mail." + orig.address.split("@")[1]  # our side reports the failure
    remote = "mx." + rcpt.split("@")[1]
    code = entry.opts.get("st", "5.1.1")
    diag = DIAGNOSTICS[code].format(r=rcpt)
    msg = EmailMessage(policy=default)
    msg["From"] = {
        "postfix": f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        "exchange": f"Microsoft Outlook <postmaster@{rcpt.split('@')[1]}>",
        "gmail": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    }[entry.opts.get("by", "postfix")]
    msg["To"] = orig.address
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = f"<{hashlib.sha1(entry.id.encode()).hexdigest()[:20]}@{mta}>"
    first, _, rest = entry.body.partition("\n")
    msg["Subject"] = first.removeprefix("Subject: ").format(subject=orig.subject)
    msg["Auto-Submitted"] = "auto-replied"
    body = rest.strip("\n").format(r=rcpt, diag=diag, mta=mta, remote=remote, subject=orig.subject)
    cte = "7bit" if body.isascii() else "quoted-printable"
    original_headers = (
        f"From: {orig.sender} <{orig.address}>\nTo: {rcpt}\nSubject: {orig.subject}\n"
        f"Date: {format_datetime(at - timedelta(minutes=2))}\n"
    )
    if "x" in entry.style:  # the non-standard kind: one plain text part, original pasted inline
        msg.set_content(
            body + "\n\n------ Original message ------\n" + original_headers + "\n" + orig.body,
            cte="quoted-printable",
        )
        return msg, "non-standard bounce"
    msg.set_content(body, cte=cte)
    report = _status_block(
        {"Reporting-MTA": f"dns; {mta}", "Arrival-Date": format_datetime(at - timedelta(minutes=1))}
    )
    recipient = _status_block(
        {
            "Final-Recipient": f"rfc822; {rcpt}",
            "Original-Recipient": f"rfc822;{rcpt}",
            "Action": "failed",
            "Status": code,
            "Remote-MTA": f"dns; {remote}",
            "Diagnostic-Code": f"smtp; {diag}",
        }
    )
    msg.make_mixed()
    dsn = EmailMessage(policy=default)
    dsn.set_type("message/delivery-status")
    dsn.set_payload([report, recipient])
    del dsn["MIME-Version"]
    msg.attach(dsn)
    headers = EmailMessage(policy=default)
    headers.set_content(original_headers, subtype="rfc822-headers")
    headers.replace_header("Content-Type", "text/rfc822-headers")
    del headers["MIME-Version"]
    msg.attach(headers)
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    msg.set_boundary("=_" + hashlib.sha1(entry.id.encode()).hexdigest()[:24])
    return msg, f"dsn {code}"


def splits(entries: list[Entry]) -> dict[str, str]:
    """The 2nd and 4th of every five replies of a label, in id order, are held out (about 40%):
    stratified by label, and stable when replies are appended (as README.md says)."""
    result = {}
    for label in LABELS.values():
        group = sorted((e for e in entries if e.label == label), key=lambda e: e.n)
        for i, e in enumerate(group):
            result[e.id] = "heldout" if i % 5 in (1, 3) else "train"
    return result


def build(lang: str) -> int:
    entries = parse(lang)
    folder = HERE / lang
    folder.mkdir(exist_ok=True)
    split = splits(entries)
    rows = []
    for e in sorted(entries, key=lambda e: e.n):
        if e.channel == "sms":
            name = f"{lang}/{e.id}.txt"
            (HERE / name).write_text(e.body + "\n", encoding="utf-8")
            auto = ""
        else:
            name = f"{lang}/{e.id}.eml"
            msg, auto = build_bounce(e) if e.label == "bounce" else build_email(e)
            (HERE / name).write_bytes(msg.as_bytes(policy=default.clone(linesep="\r\n")))
        note = "; ".join(n for n in (e.note, auto) if n)
        rows.append(
            [
                e.id,
                name,
                e.channel,
                lang,
                e.label,
                e.named,
                e.received.isoformat(),
                split[e.id],
                note,
            ]
        )
    with (HERE / f"labels-{lang}.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(FIELDS)
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    import sys

    for lang in sys.argv[1:] or ["es", "nl", "pt"]:
        if (HERE / "sources" / f"{lang}.txt").exists():
            print(lang, build(lang))
