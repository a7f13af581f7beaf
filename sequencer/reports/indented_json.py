"""`json.dumps(value, indent=2)`, the same text to the byte, in about half the time.

With `indent` set, Python 3.11's json module encodes in pure Python: at 100,000 enrollments
`status --json` spent 4.0 s of its 10.5 s there (issue 17). Its C encoder cannot indent, but
it takes any item separator: for a container holding only scalars and empty containers, the
separator `",\\n"` plus the indentation of its items is exactly the indented layout once its
brackets are opened onto lines of their own. So the C encoder writes every such container
(a send, an event, a consent history), and Python walks only the ones holding others (an
entry, its list of sends, a send with its task).

As `json.dumps` with its defaults: ASCII escapes, NaN allowed, a tuple written as a list;
the keys of a container that holds others must be strings (the keys status writes).
"""

from __future__ import annotations

import json.encoder
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring_ascii
from typing import Any

# CPython's C encoder (`_json`), which `json.dumps` uses when it does not indent.
_c_encoder: Any = json.encoder.c_make_encoder  # type: ignore[attr-defined]

Write = Callable[[str], None]
Container = dict[str, Any] | list[Any] | tuple[Any, ...]


def dumps(value: Any) -> str:
    """`json.dumps(value, indent=2)`."""
    return "".join(_pieces(value, 0))


def items_streamed(values: Iterable[Any], size: int = 1000) -> Iterator[str]:
    """`json.dumps(list(values), indent=2)` in pieces of `size` items each: a long list is
    written as it is made, never held whole as text."""
    opening, batch = "[\n  ", []
    for value in values:
        batch.append("".join(_pieces(value, 1)))
        if len(batch) == size:
            yield opening + ",\n  ".join(batch)
            opening, batch = ",\n  ", []
    if batch:
        yield opening + ",\n  ".join(batch)
    yield "[]" if opening == "[\n  " and not batch else "\n]"


def _pieces(value: Any, depth: int) -> list[str]:
    """The value's text as it stands `depth` levels in, in pieces."""
    pieces: list[str] = []
    _write(value, depth, pieces.append)
    return pieces


def _write(value: Any, depth: int, write: Write) -> None:
    if type(value) in _SCALARS:
        write(_scalar(value))
    elif not isinstance(value, _CONTAINERS):
        write(_LEVELS[0].encode(value, 0)[0])  # a str or int subclass, as the C encoder does
    elif not value:
        write("{}" if isinstance(value, dict) else "[]")
    else:
        while len(_LEVELS) <= depth + 1:
            _LEVELS.append(_Level(len(_LEVELS)))
        if _is_flat(value.values() if isinstance(value, dict) else value):
            _write_flat(value, depth, write)
        elif isinstance(value, dict):
            _write_dict(value, depth, write)
        else:
            _write_list(value, depth, write)


def _is_flat(values: Iterable[Any]) -> bool:
    """Whether the C encoder writes every value as the indented layout does: a scalar, or
    an empty container (`[]`, `{}` either way). In C: no Python call for each value."""
    return _SCALARS.issuperset(map(type, filter(None, values)))


def _write_flat(container: Container, depth: int, write: Write) -> None:
    """A container of scalars: the C encoder's text, its brackets on lines of their own (no
    string's text holds a raw line break: the encoder escapes it)."""
    inner = _LEVELS[depth + 1]
    text = inner.encode(container, 0)[0]
    write(f"{text[0]}{inner.newline}{text[1:-1]}{_LEVELS[depth].newline}{text[-1]}")


def _write_dict(container: dict[str, Any], depth: int, write: Write) -> None:
    inner = _LEVELS[depth + 1]
    opening = "{" + inner.newline
    for key, value in container.items():
        if type(value) in _SCALARS:  # most values: written without a call of their own
            write(f"{opening}{encode_basestring_ascii(key)}: {_scalar(value)}")
        else:
            write(f"{opening}{encode_basestring_ascii(key)}: ")
            _write(value, depth + 1, write)
        opening = inner.separator
    write(_LEVELS[depth].newline + "}")


def _write_list(container: list[Any] | tuple[Any, ...], depth: int, write: Write) -> None:
    inner = _LEVELS[depth + 1]
    opening = "[" + inner.newline
    for value in container:
        write(opening)
        opening = inner.separator
        _write(value, depth + 1, write)
    write(_LEVELS[depth].newline + "]")


def _scalar(value: Any) -> str:
    if type(value) is str:
        return encode_basestring_ascii(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    return _LEVELS[0].encode(value, 0)[0]  # a float: its repr, or NaN, Infinity


def _not_serializable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class _Level:
    """What items `depth` levels in are written with: the line break and indentation before
    each, and the C encoder whose item separator is `,` and that."""

    __slots__ = ("encode", "newline", "separator")

    def __init__(self, depth: int) -> None:
        self.newline = "\n" + "  " * depth
        self.separator = "," + self.newline
        self.encode: Callable[[Any, int], list[str]] = _c_encoder(
            None,  # no check for cycles: nothing status writes holds itself
            _not_serializable,
            encode_basestring_ascii,
            None,  # indent: the C encoder cannot
            ": ",
            self.separator,
            False,  # sort_keys
            False,  # skipkeys
            True,  # allow_nan
        )


_SCALARS = frozenset({str, type(None), bool, int, float})  # exactly these: not subclasses
_CONTAINERS = (dict, list, tuple)  # as json.dumps takes them: a tuple is a list
_LEVELS = [_Level(0), _Level(1)]  # by depth, made as deeper ones are met
