"""What the person wrote: their text above the quoted history, without a mobile signature; and
what they wrote right under a line of ours they kept (an answer "in line")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ATTRIBUTION = re.compile(
    r"^\s*(?:On\s.{0,300}\bwrote"  # Gmail, Apple Mail: "On Tue, ... Dana <dana@...> wrote:"
    r"|Am\s.{0,300}\bschrieb.{0,300}"  # German Gmail: "Am Di., ... schrieb Dana <...>:"
    r"|Le\s.{0,300}\ba\s+écrit"
    r"|El\s.{0,300}\bescribió"
    r"|Op\s.{0,300}\b(?:schreef.{0,300}|geschreven)"  # Dutch: "Op di 1 dec. 2026 om 10:04 schreef"
    r"|(?:Em|No\s+dia)\s.{0,300}\bescreveu"  # Portuguese: "Em ter., ... Dana <...> escreveu:"
    # Mobile Gmail: "Jonas Becker <jonas@...> schrieb am So., 29. Nov. 2026, 10:15:"
    r"|[^\s.!?<>:][^.!?<>:]{0,80}<[^<>@\s]+@[^<>\s]+>\s+(?:wrote|schrieb|a\s+écrit|escribió"
    r"|schreef|escreveu)(?:\s+(?:am|le|el|op|em|on)\s[^<>]{0,80})?"
    r")\s*:\s*$",
    re.IGNORECASE,
)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}[^-]*?(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original|oorspronkelijk bericht|mensagem original|forwarded message"
    r"|weitergeleitete nachricht"
    r"|copy of the message)[^-]*-{2,}",  # the last: Exim returning what bounced
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*_{10,}\s*$")
_FROM_LINE = re.compile(r"^\s*\*?(?:From|Von|De|Van)\s*:\*?\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(
    r"^\s*\*?(?:Sent|Gesendet|Date|Datum|Envoyé|Enviado|Enviada\s+em|Verzonden|Verstuurd"
    r"|Data)\s*:",
    re.IGNORECASE,
)
_SIGNATURE_DELIMITER = re.compile(r"^-- ?$")
# A legal notice under a signature is the writer's company's, not the writer's words: its
# "unsubscribe" or "remove" asks nothing of us.
_DISCLAIMER = re.compile(
    r"^\s*(?:\*+\s*)?(?:DISCLAIMER|AVISO(?:\s+LEGAL)?|AVIS(?:\s+DE\s+CONFIDENTIALITÉ)?|CONFIDENTIAL(?:ITY)?"
    r"(?:\s+NOTICE)?|HINWEIS|HAFTUNGSAUSSCHLUSS|VERTRAULICHKEITSHINWEIS|AVERTISSEMENT|AVISO\s+DE"
    r"\s+CONFIDENCIALIDAD|VERTROUWELIJK(?:HEID)?|CONFIDENCIALIDADE)\b\s*:?",
)
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(?:Sent from my \w.*|Sent from (?:Outlook|Mail|Yahoo Mail|Gmail)\b.*"
    r"|Get Outlook for (?:iOS|Android)\b.*|Von meinem \w+ gesendet\b.*"
    r"|Gesendet von (?:meinem )?(?:iPhone|iPad|Outlook|Mail)\b.*|Envoyé de mon \w+.*"
    r"|Enviado desde mi \w+.*|Verzonden (?:vanaf|met) mijn \w+.*|Verstuurd vanaf mijn \w+.*"
    r"|Enviado do meu \w+.*|Enviado de meu \w+.*|Obtenir Outlook pour \w+.*"
    r"|(?:Get |Download |Baixe o |Obtener )?Outlook (?:für|voor|para|for) (?:iOS|Android)\b.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Answer:
    """A paragraph of the person's written right under a few lines of ours they kept ("> To stop
    all messages" / "This."): what it answers is in the quote, not in their words."""

    quoted: str  # our kept lines, without the "> ", joined by spaces
    said: str  # their paragraph under them
    # What they wrote under earlier kept lines of ours, before these (at most ~600 characters):
    # an answer under the footer after answers to other lines is most likely a sign-off.
    before: str = ""


# A kept line or two (three when wrapped) is an answer pointed at them; more, or a short
# message of ours quoted whole (see `_whole_message`), is the message quoted above a
# bottom-posted reply, which answers all of it.
_KEPT_AT_MOST = 3
_BEFORE_AT_MOST = 600
_NAME_LINE = re.compile(r"^[^\W\d_a-z][\w'.-]{0,30}(?: [^\W\d_a-z][\w'.-]{0,30}){0,2}$")
# A greeting opens a whole message of ours: "Hi Ana,", "Hallo Jonas,", "Olá Rui,".
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|moin|servus|guten (?:tag|morgen)"
    r"|liebe[rs]?|sehr geehrte[rs]?|bonjour|bonsoir|salut|ch[eè]re?s?|hola|buen(?:os|as)"
    r" (?:d[ií]as|tardes)|estimad[oa]s?|querid[oa]s?|hoi|beste|goede(?:morgen|middag|ndag)"
    r"|ol[aá]|oi|car[oa]s?|prezad[oa]s?|bom dia|boa tarde)\b[^\n]{0,60}?(?:[,!:]|$)",
    re.IGNORECASE,
)


def new_text(text: str) -> str:
    return "\n".join(_own(_written(text))).strip()


def new_text_and_answers(text: str) -> tuple[str, tuple[Answer, ...]]:
    """`new_text(text)` and `answers_in(text)`, the quoted history looked for once."""
    lines = _written(text)
    return "\n".join(_own(lines)).strip(), _answers_among(lines)


def answers_in(text: str) -> tuple[Answer, ...]:
    """The person's paragraphs each written right under a few kept lines of ours, in the part
    they wrote (not in the history below it)."""
    return _answers_among(_written(text))


def _answers_among(lines: list[str]) -> tuple[Answer, ...]:
    found = []
    index = 0
    before = None  # their text under the kept lines so far (None: no kept line yet)
    while index < len(lines):
        if not _quoted(lines[index]):
            if before is not None and lines[index].strip() and len(before) < _BEFORE_AT_MOST:
                before = f"{before} {lines[index].strip()}".strip()
            index += 1
            continue
        end = index
        while end < len(lines) and (_quoted(lines[end]) or not lines[end].strip()):
            end += 1  # the kept lines, with the blank lines around them
        kept = [_unquoted(line) for line in lines[index:end] if _quoted(line)]
        kept = [line for line in kept if line]
        said = []
        for line in lines[end:]:
            if not line.strip() or _quoted(line):
                break
            said.append(line.strip())
        if len(said) > 1 and _NAME_LINE.match(said[-1]):
            said.pop()  # their name under it, with no blank line between ("This.\nOwen")
        if said and 0 < len(kept) <= _KEPT_AT_MOST and not _whole_message(kept):
            found.append(Answer(" ".join(kept), " ".join(said), before or ""))
        before = before or ""
        index = max(end, index + 1)
    return tuple(found)


def _whole_message(kept: list[str]) -> bool:
    """A greeting, or a body above the signature's "--": a short message of ours kept whole
    ("Hi Ana, just bumping this up" / "--" / "Not interested? Reply and say so"). The footer
    kept alone, from its "--" down, is still a kept line."""
    return any(_GREETING.match(line) for line in kept) or any(
        _SIGNATURE_DELIMITER.match(line) for line in kept[1:]
    )


def _written(text: str) -> list[str]:
    """The lines the person wrote, with any lines of ours they kept among them ("> ")."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = _history_starts(lines)
    if _own(lines[:start]) or start >= len(lines):
        return lines[:start]
    # Nothing above the quote: a bottom-posted reply, written under the "> " lines.
    below = lines[start + 1 :]
    return below[: _history_starts(below)]


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _unquoted(line: str) -> str:
    return _QUOTE_MARKS.sub("", line).strip()


_QUOTE_MARKS = re.compile(r"^[\s>]+")


def _own(lines: list[str]) -> list[str]:
    # Inline answers between quoted lines are the person's too; only the quotes go.
    kept = [line.rstrip() for line in lines if not _quoted(line)]
    while kept and (not kept[-1].strip() or _MOBILE_SIGNATURE.match(kept[-1])):
        kept.pop()
    return kept


def _history_starts(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        following = lines[index + 1 : index + 4]
        if (
            _ATTRIBUTION.match(line)
            or (following and _ATTRIBUTION.match(f"{line} {following[0]}"))
            or _ORIGINAL_MESSAGE.match(line)
            or _SIGNATURE_DELIMITER.match(line)
            or _DISCLAIMER.match(line)
            or (_RULE.match(line) and any(_FROM_LINE.match(n) for n in following[:2]))
            or (_FROM_LINE.match(line) and any(_SENT_LINE.match(n) for n in following))
        ):
            return index
    return len(lines)
