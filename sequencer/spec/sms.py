"""How many SMS segments a text costs, per GSM 03.38.

A text that fits the GSM 7-bit alphabet goes out as GSM-7 (160 septets, or 153 per part once it
is split, because each part carries a 7-septet concatenation header). A single character outside
that alphabet (an emoji, a curly quote) switches the whole text to UCS-2: 70 UTF-16 code units,
or 67 per part. Carriers bill per segment, and a long text may arrive out of order on old phones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The GSM 03.38 default alphabet, in code-point order 0x00-0x7F (0x1B, the escape to the
# extension table, is left out: it is not a character a person can type).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)

# Reached through the escape character, so each costs two septets.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
GSM7 = GSM7_BASIC | GSM7_EXTENSION

GSM7_SINGLE, GSM7_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True)
class SmsLength:
    encoding: Encoding
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int  # 0 for an empty text


def segments(text: str) -> SmsLength:
    """The encoding, length and segment count a carrier will use for `text`."""
    if is_gsm7(text):
        weights = [2 if char in GSM7_EXTENSION else 1 for char in text]
        return _measure("GSM-7", weights, GSM7_SINGLE, GSM7_PART)
    weights = [2 if ord(char) > 0xFFFF else 1 for char in text]
    return _measure("UCS-2", weights, UCS2_SINGLE, UCS2_PART)


def is_gsm7(text: str) -> bool:
    return GSM7.issuperset(text)  # one pass in C: it runs for every text of every preview


def non_gsm_characters(text: str) -> tuple[str, ...]:
    """The characters that force UCS-2, each once, in order: what to replace to save segments."""
    found = (char for char in text if char not in GSM7)
    return tuple(dict.fromkeys(found))


def _measure(encoding: Encoding, weights: list[int], single: int, part: int) -> SmsLength:
    units = sum(weights)
    if units == 0:
        return SmsLength(encoding, 0, 0)
    if units <= single:
        return SmsLength(encoding, units, 1)
    return SmsLength(encoding, units, _count_parts(weights, part))


def _count_parts(weights: list[int], part: int) -> int:
    # A two-unit character (an escape pair, a surrogate pair) is never split across parts, so
    # a part may end one unit short and the count can exceed ceil(units / part).
    parts, used = 1, 0
    for weight in weights:
        if used + weight > part:
            parts, used = parts + 1, 0
        used += weight
    return parts


MAX_SEGMENTS = 2


def length_warning(text: str) -> str | None:
    """Why a text is too long for a recruiting message, and what to change; None if it fits."""
    length = segments(text)
    if length.segments <= MAX_SEGMENTS:
        return None
    message = (
        f"the text is {length.segments} SMS segments ({length.units} {length.encoding} "
        f"characters): keep it to {MAX_SEGMENTS}; long texts cost more and read as spam"
    )
    swaps = non_gsm_characters(text)
    if swaps:
        message += f"; replacing {' '.join(swaps)} with plain characters would allow 153 a part"
    return message
