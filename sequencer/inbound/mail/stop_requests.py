"""A person asking us to stop, in their own words ("please remove me", "keine weiteren
E-Mails"): an opt-out, not a reply."""

from __future__ import annotations

import re

_STOP_REQUESTS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bunsubscribe\b",
        r"\bopt(?:ing)?[\s-]*(?:me\s+)?out\b",
        r"\b(?:remove|delete)\s+(?:me|my\s+(?:name|address|e-?mail(?:\s+address)?|details"
        r"|contact\s+details|data|information|info|profile))\b"
        r"(?!\s+(?:from|off)\s+(?:the\s+)?(?:cc|invite|invitation|meeting|calendar))",
        r"\btake\s+(?:me|my\s+\w+(?:\s+address)?)\s+off\b",
        r"\bstop\s+(?:e-?mailing|mailing|contacting|messaging|texting|spamming|reaching\s+out)\b",
        # "stop sending the invites to my old address" is logistics; "stop sending me" is not.
        r"\bstop\s+(?:sending|writing(?:\s+to)?|calling|bothering|pinging)\s+me\b",
        r"\b(?:do\s+not|don't|dont|never)\s+(?:contact|e-?mail|message|write\s+to|reach\s+out\s+to"
        r"|bother)\s+me\b(?=\s*(?:again|anymore|any\s+more|in\s+the\s+future|further|ever"
        r"|[.!,;]|$))",
        r"\b(?:do\s+not|don't|dont|never)\s+(?:call|text|contact|e-?mail)\s+me\s+"
        r"(?:again|anymore|any\s+more|ever)\b",
        r"\bno\s+(?:more|further)\s+(?:e-?mails|mails|messages|contact|outreach)\b",
        r"\bleave\s+me\s+alone\b",
        r"(?:^|[.!?]\s*)(?:please\s+)?stop(?:\s+(?:it|now|this|please))?\s*(?:[.!]|$)",
        r"\bplease\s+stop\s*(?:[.!,;]|$)",
        # German
        r"\b(?:bitte\s+)?keine\s+weiteren\s+(?:e-?mails|mails|nachrichten|anfragen|kontaktversuche)\b",
        r"\bbitte\s+keine\s+(?:e-?mails|mails|nachrichten|anfragen)\b",
        r"\bkeine\s+(?:e-?mails|mails|nachrichten|anfragen)\s+mehr\b",
        r"\bnicht\s+mehr\s+(?:kontaktieren|anschreiben|anrufen|schreiben|mailen)\b",
        r"\b(?:kontaktieren|schreiben|mailen)\s+sie\s+mich\s+(?:bitte\s+)?nicht\s+mehr\b",
        r"\babmelden\b",
        r"\baustragen\b|\btragen\s+sie\s+mich\s+(?:bitte\s+)?aus\b",
        r"\b(?:löschen\s+sie\s+(?:bitte\s+)?meine\s+daten|meine\s+daten\s+löschen)\b",
    )
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|wg|fw|fwd|sv|antw)\s*:", re.IGNORECASE)


def asks_to_stop(text: str, subject: str) -> bool:
    # A subject the person wrote themselves ("Unsubscribe") says as much as the text; a "Re:"
    # subject is ours, whatever words it has.
    own_subject = "" if _REPLY_PREFIX.match(subject) else subject
    parts = [" ".join(part.replace("’", "'").split()) for part in (text, own_subject)]
    return any(request.search(part) for request in _STOP_REQUESTS for part in parts)
