"""One cell at a time: the cell cleaned, then a checked, normalised value or a recruiter-readable
problem. This module holds the cleaning and the simple columns; `emails`, `phones` and `places`
the columns that need a library or a table.

Each `parse_*` takes a cell as written (already stripped by `clean`) and returns the value the
project works with, None for an empty cell, or raises `CellError` with a message that names the
column, quotes the value and says how to fix it. The caller adds where (the row, the file).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from sequencer.errors import CellError
from sequencer.spec.channel import Channel

# What recruiters write in a `preferred_channel` cell (after dropping case, spaces and dashes).
CHANNEL_ALIASES: Mapping[str, Channel] = {
    "email": Channel.EMAIL,
    "sms": Channel.SMS,
    "text": Channel.SMS,
    "voicemail": Channel.VOICEMAIL,
    "phone": Channel.VOICEMAIL,
    "call": Channel.VOICEMAIL,
    "linkedin": Channel.LINKEDIN,
}

_YES = frozenset({"yes", "y", "true", "1"})
_NO = frozenset({"no", "n", "false", "0", ""})
_CONSENT_MEANING = {"sms_consent": "to receive texts", "call_consent": "to be called"}

_DOMAIN = re.compile(r"(?:[\w-]+\.)+[\w-]{2,}")

# Text copied from web pages and LinkedIn often carries invisible marks (zero-width spaces,
# left-to-right marks around phone numbers) that make a good address fail to parse.
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060\ufeff"
_EDGES = re.compile(rf"^[\s{_INVISIBLE}]+|[\s{_INVISIBLE}]+$")
_INVISIBLE_CHARS = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
)

# Control characters (Unicode's Cc) but the tab and the line breaks a custom column may hold.
# PostgreSQL cannot store NUL at all (one such cell failed a whole import); the others would
# go out raw in a Subject header or a text, or drive the terminal that shows them (ESC).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# What a spreadsheet exports in place of a formula it could not compute. Typing "+1 415-555-0134"
# into Google Sheets gives #ERROR! (it reads a formula), and a failed VLOOKUP gives #N/A.
SPREADSHEET_ERRORS = frozenset(
    {"#ERROR!", "#NAME?", "#VALUE!", "#REF!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"}
)


def clean(cell: str) -> str:
    """The cell without surrounding spaces, line breaks and invisible characters."""
    if not cell:
        return cell
    # Nearly every cell has nothing to strip, so no need to run the pattern. A letter or digit
    # (the usual first and last character) is never a space or an invisible mark.
    first, last = cell[0], cell[-1]
    if (first.isalnum() or not _is_edge(first)) and (last.isalnum() or not _is_edge(last)):
        return cell
    return _EDGES.sub("", cell)


def _is_edge(char: str) -> bool:
    """What `_EDGES` strips (`\\s` in a str pattern is exactly str.isspace)."""
    return char.isspace() or char in _INVISIBLE_CHARS


def check_texts(cells: Mapping[str, str]) -> None:
    """`check_text` for each filled-in cell (column name -> cell), in order."""
    for column, value in cells.items():
        # Nearly every cell is printable (a line break never is) and is no error value (they
        # all start with #): nothing to check.
        if value and not (value.isprintable() and value[0] != "#"):
            check_text(column, value)


def check_custom(cells: Mapping[str, str]) -> None:
    """Reject a control character in a custom column (header -> cell); line breaks and tabs
    are fine there."""
    for column, value in cells.items():
        if not value.isprintable():  # every control character is unprintable
            _check_no_control(column, value)


def check_text(column: str, value: str) -> None:
    """Reject what no standard column can hold: a control character, a line break, or a
    spreadsheet error value."""
    _check_no_control(column, value)
    _check_one_line(column, value)
    if value.upper() in SPREADSHEET_ERRORS:
        raise CellError(
            f"{column} {quote(value)} is a spreadsheet error, not a value: a formula failed, or "
            "what was typed was read as one (a phone starting with + is); format the column as "
            "Text and type the value again"
        )


def control_character(text: str) -> str | None:
    """The first control character in `text` other than a tab or a line break, as U+XXXX."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def _check_no_control(column: str, value: str) -> None:
    # The value is not quoted: it would carry the character into logs and terminals.
    char = control_character(value)
    if char:
        raise CellError(
            f"{column} has a control character ({char}) that cannot be stored or sent: "
            "remove it (it comes from a copy out of another program, or a file exported in "
            "another encoding than UTF-8)"
        )


def _check_one_line(column: str, value: str) -> None:
    # A standard value never spans lines; when one does, a quote left open earlier in the row
    # made the CSV reader take the lines below it into this cell.
    if len(value.splitlines()) > 1:
        raise CellError(
            f"{column} {quote(value.splitlines()[0] + ' ...')} runs over more than one line: "
            'check this row for a quote (") that is never closed, or remove the line break'
        )


def quote(value: str) -> str:
    return '"' + (value if len(value) <= 60 else value[:57] + "...") + '"'


# How nearly every LinkedIn link starts: urlsplit would find the scheme and the host in it.
_LINKEDIN_STARTS = (
    "https://www.linkedin.com/",
    "https://linkedin.com/",
    "http://www.linkedin.com/",
)


def parse_linkedin_url(value: str) -> str | None:
    if not value:
        return None
    if value.startswith(_LINKEDIN_STARTS):
        return value  # what the check below answers, without splitting the URL
    # People paste "linkedin.com/in/jane" from the address bar, which hides the scheme.
    url = value if "://" in value else "https://" + value
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        parts, host = None, ""
    if parts and parts.scheme.lower() in ("http", "https") and _is_linkedin(host):
        return url
    raise CellError(
        f"linkedin_url {quote(value)} is not a LinkedIn link: "
        "write it like https://www.linkedin.com/in/jane-doe, or leave it empty"
    )


def _is_linkedin(host: str) -> bool:
    return host == "linkedin.com" or host.endswith(".linkedin.com")


def parse_company_domain(value: str) -> str | None:
    if not value:
        return None
    # Accept what people paste: "@acme.com", "jane@acme.com", "https://www.acme.com/careers".
    domain = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value.lower()).split("/")[0]
    domain = domain.rpartition("@")[2].removeprefix("www.").rstrip(".")
    if _DOMAIN.fullmatch(domain):
        return domain
    raise CellError(
        f"current_company_domain {quote(value)} is not a domain name: "
        "write it like acme.com, or leave it empty"
    )


def parse_channel(value: str) -> Channel | None:
    if not value:
        return None
    channel = CHANNEL_ALIASES.get(re.sub(r"[\s_-]+", "", value.lower()))
    if channel is None:
        raise CellError(
            f"preferred_channel {quote(value)} is not a channel: write email, sms (or text), "
            "voicemail (or call, phone) or linkedin, or leave it empty"
        )
    return channel


def parse_consent(value: str, column: str) -> bool:
    """`column` is sms_consent or call_consent; an empty cell is no."""
    if value.lower() in _YES:
        return True
    if value.lower() in _NO:
        return False
    raise CellError(
        f"{column} {quote(value)} is not yes or no: write yes only if they agreed "
        f"{_CONSENT_MEANING[column]}, otherwise no (an empty cell means no)"
    )
