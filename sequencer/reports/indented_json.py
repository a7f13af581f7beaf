"""`json.dumps(value, indent=2)`, the same text to the byte, written by orjson (issue 17).

With `indent` set, Python 3.11's json module encodes in pure Python: at 100,000 enrollments
`status --json` spent 4.0 s there. orjson writes the same indented layout in C (two spaces,
`", "` and `": "`, `[]` and `{}` for empty containers, keys in their order) but differs from
`json.dumps`'s defaults in three ways, settled here:

- it writes text as UTF-8, where `json.dumps` escapes all but printable ASCII (`\\u00e9`):
  what orjson wrote is escaped afterwards by the json module's own escaping, only in the
  pieces holding such a character (a name with an accent);
- what it refuses (an int beyond 64 bits, a string with a lone surrogate, a key that is not
  a string, a type that JSON has not) is written by `json.dumps` itself, which writes or
  refuses it as always;
- a float: it writes `1e-05` as `0.00001` and NaN as `null`. Not for floats, then: nothing
  status writes is one (its entries hold strings, ints, booleans, None, lists and dicts).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from json.encoder import encode_basestring_ascii
from typing import Any

import orjson

# What `json.dumps` escapes and orjson writes as it is: DEL and everything past ASCII. orjson
# escapes the rest itself as `json.dumps` does (`\"`, `\\`, `\n`, `\u001f`).
_NOT_ASCII = re.compile("[\x7f-\U0010ffff]+")


def dumps(value: Any) -> bytes:
    """`json.dumps(value, indent=2)`, encoded (ASCII, as it always is)."""
    try:
        text = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError:  # a TypeError of orjson's: json.dumps's own message
        return json.dumps(value, indent=2).encode()
    if text.isascii() and b"\x7f" not in text:  # most pieces: nothing to escape
        return text
    return _NOT_ASCII.sub(_escaped, text.decode()).encode()


def _escaped(run: re.Match[str]) -> str:
    return encode_basestring_ascii(run.group())[1:-1]  # the text, without its quotes


def items_streamed(values: Iterable[Any], size: int = 1000) -> Iterator[bytes]:
    """`dumps(list(values))` in pieces of `size` items each: a long list is written as it is
    made, never held whole as text."""
    items, opening = iter(values), b"["
    for batch in iter(lambda: list(islice(items, size)), []):
        yield opening + dumps(batch)[1:-2]  # `\n  item,\n  item`: without `[` and `\n]`
        opening = b","
    yield b"[]" if opening == b"[" else b"\n]"
