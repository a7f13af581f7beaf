"""How much text a template operation would make, found before it runs: the other half of the
sandbox's bounds (`sandbox`). Each operation that can multiply text (`*`, `**`, `%`, `+`, `~`,
and the filters and string methods that pad, repeat, join or replace) is sized from what it is
given, so `{{ 'x' * 10**9 }}` is refused instead of allocated.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from jinja2.exceptions import SecurityError

MAX_CHARS = 100_000

TOO_LONG = (
    f"the template would write more than {MAX_CHARS:,} characters: a message never needs that "
    "many; look for a repeat (*) or a loop that runs away"
)


def check(size: int) -> None:
    if size > MAX_CHARS:
        raise SecurityError(TOO_LONG)


_COLLECTIONS = (list, tuple, set, frozenset, dict)


def size(value: object) -> int:
    """About how many characters `value` prints as, counted through lists, tuples, sets and
    dicts, and no further than just past MAX_CHARS (a list may hold one text many times)."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, int):
        return value.bit_length() // 3 + 1
    if isinstance(value, range):
        return len(value)
    if not isinstance(value, _COLLECTIONS):
        return 0  # a date, an undefined value (which must not be touched), ...
    total = len(value)
    items = itertools.chain.from_iterable(value.items()) if isinstance(value, dict) else value
    for item in items:
        total += size(item)
        if total > MAX_CHARS:
            break
    return total


def sized(parts: tuple[Any, ...]) -> tuple[Any, ...]:
    """The parts of a `~`, before they are joined."""
    check(sum(size(part) for part in parts))
    return parts


def check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "**":
        _check_power(left, right)
    elif operator == "*":
        _check_product(left, right)
    elif operator == "%" and isinstance(left, str | bytes):
        check(_percent_size(left, right))
    elif operator == "+":
        check(size(left) + size(right))


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0 and abs(base) > 1:
        check(exponent * base.bit_length() // 3)  # the digits of the result, roughly


def _check_product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        check(size(left) + size(right))
    elif isinstance(right, int):
        check(size(left) * max(right, 0))
    elif isinstance(left, int):
        check(size(right) * max(left, 0))


# The width or precision in a %-format (`%10d`, `%.3f`) and in a {}-format (`{:>10}`).
_PERCENT_WIDTH = re.compile(r"%[#0 +\-]*(\d*)(?:\.(\d*))?")
_BRACE_SPEC = re.compile(r"\{[^{}:]*:([^{}]*)\}")
_DIGITS = re.compile(r"\d+")


def _widest(numbers: Iterable[str]) -> int:
    # Counting digits first: int() of a 5,000-digit run would raise instead.
    return max((int(n) if len(n) <= 7 else MAX_CHARS + 1 for n in numbers if n), default=0)


def _percent_size(form: str | bytes, values: Any) -> int:
    text = form.decode("latin-1") if isinstance(form, bytes) else form
    found = [n for match in _PERCENT_WIDTH.finditer(text) for n in match.groups() if n]
    passed = values if isinstance(values, tuple) else (values,)
    # `%*d` takes its width from the values.
    widths = [v for v in passed if type(v) is int] if "*" in text else []
    return len(text) + size(values) + _widest(found) + max(widths, default=0)


def _brace_size(form: str, *values: Any, **named: Any) -> int:
    specs = " ".join(_BRACE_SPEC.findall(form))
    return len(form) + size(values) + size(named) + _widest(_DIGITS.findall(specs))


def _pad_size(text: Any, width: Any = 0, *_: Any) -> int:
    return max(size(text), width if isinstance(width, int) else 0)


def _replace_size(text: Any, old: Any, new: Any, count: Any = -1) -> int:
    text = text if isinstance(text, str | bytes) else str(text)
    hits = len(text) + 1 if not old else text.count(old)
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    return len(text) + hits * max(0, size(new) - size(old))


def _join_size(items: Any, separator: Any = "", *_: Any) -> int:
    return size(items) + len(items) * size(separator)


def _translate_size(text: Any, table: Any) -> int:
    values = table.values() if isinstance(table, Mapping) else ()
    return len(text) * max((size(value) for value in values), default=1)


def _indent_size(text: Any, width: Any = 4, *_: Any, **__: Any) -> int:
    lines = str(text).count("\n") + 1
    return size(text) + lines * (width if isinstance(width, int) else size(width))


def _wrap_size(text: Any, width: Any = 79, *_: Any, wrapstring: Any = None, **__: Any) -> int:
    lines = size(text) // max(width, 1) + 1 if isinstance(width, int) else size(text)
    return size(text) + lines * size(wrapstring or "\n")


Estimate = Callable[..., int]

# Methods of a text (or bytes, or an int), by name: what their result may measure.
_METHODS: dict[str, Estimate] = {
    "center": _pad_size,
    "ljust": _pad_size,
    "rjust": _pad_size,
    "zfill": _pad_size,
    "expandtabs": lambda text, tabsize=8: len(text) * max(tabsize, 1),
    "replace": _replace_size,
    "join": lambda separator, items: _join_size(items, separator),
    "translate": _translate_size,
    "format": _brace_size,
    "format_map": lambda form, mapping: _brace_size(form, **dict(mapping)),
    "to_bytes": lambda number, length=1, *_, **__: length,
}
# Filters that can make more than they are given.
_FILTERS: dict[str, Estimate] = {
    "center": lambda value, width=80: _pad_size(value, width),
    "indent": _indent_size,
    "join": lambda value, d="", *_: _join_size(value, d),
    "replace": _replace_size,
    "format": lambda value, *args, **kwargs: _percent_size(str(value), args or kwargs),
    "wordwrap": _wrap_size,
    "batch": lambda value, linecount, *_: linecount if isinstance(linecount, int) else 0,
    "slice": lambda value, slices, *_: slices if isinstance(slices, int) else 0,
    "tojson": lambda value, indent=None: size(value) * (1 + (indent or 0)),
}


def _estimate(estimate: Estimate | None, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if estimate is None:
        return
    try:
        chars = estimate(*args, **kwargs)
    except Exception:
        return  # arguments it can't read: the call itself will say what is wrong with them
    check(chars)


def _listed(value: Any) -> Any:
    """An iterator (a `map` or `select` result) as a list, so its items can be counted."""
    if isinstance(value, Iterator):
        items = list(itertools.islice(value, MAX_CHARS + 1))
        check(len(items))
        return items
    return value


def bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """The filter, refusing output beyond MAX_CHARS if it can make more than it is given."""
    # A filter marked @pass_context (or the like) gets that first, then the value.
    skip = 1 if hasattr(function, "jinja_pass_arg") else 0
    estimate = _FILTERS.get(name)

    if estimate is None:
        return function  # it makes no more than it is given

    @functools.wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        if len(args) > skip:
            value = _listed(args[skip]) if name in ("join", "batch", "slice") else args[skip]
            args = (*args[:skip], value, *args[skip + 1 :])
            if isinstance(value, _COLLECTIONS):
                check(size(value))
            _estimate(estimate, args[skip:], kwargs)
        return function(*args, **kwargs)

    return bounded


def check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Refuse a method call that would build more than MAX_CHARS; the arguments to call it
    with (an iterator given to `join` comes back a list)."""
    method = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
    receiver = getattr(method, "__self__", None)
    if not isinstance(receiver, str | bytes | int):
        return args
    name = getattr(method, "__name__", "")
    if name == "join" and args:
        args = (_listed(args[0]), *args[1:])
    # Jinja2 passes its own `_block_vars` along, for Context.call to take out.
    given = {key: value for key, value in kwargs.items() if key != "_block_vars"}
    _estimate(_METHODS.get(name), (receiver, *args), given)
    return args
