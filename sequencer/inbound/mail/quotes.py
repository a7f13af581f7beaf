"""What the person wrote: their text above the quoted history, without a mobile signature."""

from __future__ import annotations

import re

_ATTRIBUTION = re.compile(
    r"^\s*(?:On\s.{0,300}\bwrote"  # Gmail, Apple Mail: "On Tue, ... Dana <dana@...> wrote:"
    r"|Am\s.{0,300}\bschrieb.{0,300}"  # German Gmail: "Am Di., ... schrieb Dana <...>:"
    r"|Le\s.{0,300}\ba\s+écrit"
    r"|El\s.{0,300}\bescribió"
    r")\s*:\s*$",
    re.IGNORECASE,
)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}[^-]*?(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original|forwarded message|weitergeleitete nachricht"
    r"|copy of the message)[^-]*-{2,}",  # the last: Exim returning what bounced
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*_{10,}\s*$")
_FROM_LINE = re.compile(r"^\s*\*?(?:From|Von|De)\s*:\*?\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(r"^\s*\*?(?:Sent|Gesendet|Date|Datum|Envoyé|Enviado)\s*:", re.IGNORECASE)
_SIGNATURE_DELIMITER = re.compile(r"^-- ?$")
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(?:Sent from my \w.*|Sent from (?:Outlook|Mail|Yahoo Mail|Gmail)\b.*"
    r"|Get Outlook for (?:iOS|Android)\b.*|Von meinem \w+ gesendet\b.*"
    r"|Gesendet von (?:meinem )?(?:iPhone|iPad|Outlook|Mail)\b.*|Envoyé de mon \w+.*)$",
    re.IGNORECASE,
)


def new_text(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [line.rstrip() for line in lines[: _history_starts(lines)]]
    # Inline answers between quoted lines are the person's too; only the quotes go.
    kept = [line for line in kept if not line.lstrip().startswith(">")]
    while kept and (not kept[-1].strip() or _MOBILE_SIGNATURE.match(kept[-1])):
        kept.pop()
    return "\n".join(kept).strip()


def _history_starts(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        following = lines[index + 1 : index + 4]
        if (
            _ATTRIBUTION.match(line)
            or (following and _ATTRIBUTION.match(f"{line} {following[0]}"))
            or _ORIGINAL_MESSAGE.match(line)
            or _SIGNATURE_DELIMITER.match(line)
            or (_RULE.match(line) and any(_FROM_LINE.match(n) for n in following[:2]))
            or (_FROM_LINE.match(line) and any(_SENT_LINE.match(n) for n in following))
        ):
            return index
    return len(lines)
