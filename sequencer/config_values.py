"""How each kind of setting value is read from its text, and what is said when it cannot be:
the value types `config.Settings` is built from (`Cap`, `Seconds`, `Interval`, `YesNo` ...).
Nothing here reads the environment: `config` alone does."""

from __future__ import annotations

import math
from typing import Annotated, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BeforeValidator
from pydantic_core import PydanticCustomError

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
LOG_LEVELS: tuple[LogLevel, ...] = get_args(LogLevel)
_YES = frozenset({"yes", "true", "on", "1"})
_NO = frozenset({"no", "false", "off", "0"})
# A file in the working directory: the product runs with nothing to set up.
DEFAULT_DATABASE_URL = "sqlite:///sequencer.db"
BAD = "setting"  # the error type whose message is finished at the boundary (`_sentence`)


def _number(value: object, whole: bool) -> object:
    """A limit: a number 0 or more, where 0 or "off" switches it off."""
    if not isinstance(value, str):
        return value  # a default
    text = value.strip().lower()
    if text == "off":
        return 0
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number >= 0 and (number.is_integer() or not whole)):
        kind = "a whole number, 0 or more" if whole else "0 or more"
        raise PydanticCustomError(BAD, f"must be {kind} (0 or off switches it off)")
    return int(number) if whole else number


def _interval(value: object) -> object:
    if not isinstance(value, str):
        return value
    try:
        number = float(value.strip())
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number > 0):
        raise PydanticCustomError(BAD, "must be a number of seconds more than 0")
    return number


def _count(value: object) -> object:
    """A whole number, 1 or more."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if not (text.isascii() and text.isdigit() and int(text) >= 1):
        raise PydanticCustomError(BAD, "must be a whole number, 1 or more")
    return int(text)


def _yes_no(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = value.strip().lower()
    if text not in _YES | _NO:
        raise PydanticCustomError(BAD, "must be yes or no")
    return text in _YES


def _port(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if not (text.isascii() and text.isdigit() and 0 < int(text) < 65536):
        raise PydanticCustomError(BAD, "must be a port number (1-65535)")
    return int(text)


def _port_or_off(value: object) -> object:
    """A port number, or None for "off"."""
    if isinstance(value, str) and value.strip().lower() == "off":
        return None
    return _port(value)


def _log_level(value: object) -> object:
    text = value.strip().upper() if isinstance(value, str) else value
    if text not in LOG_LEVELS:
        raise PydanticCustomError(BAD, f"must be one of {', '.join(LOG_LEVELS)}")
    return text


def _zone(value: object) -> object:
    """An IANA time zone name (`Europe/Berlin`), checked against the zone database."""
    text = value.strip() if isinstance(value, str) else value
    try:
        ZoneInfo(str(text))
    except (ZoneInfoNotFoundError, ValueError):
        raise PydanticCustomError(BAD, "must be an IANA time zone such as Europe/Berlin") from None
    return text


# What the database URL may name. `postgresql://` and `postgres://` (Heroku's and many
# hosts' spelling) mean psycopg, the driver sequencer installs: SQLAlchemy would otherwise
# pick its own default driver for them, psycopg2 before 2.1, which is not installed.
_SAME_DRIVER = frozenset({"sqlite", "sqlite+pysqlite", "postgresql+psycopg"})
_PSYCOPG = frozenset({"postgresql", "postgres"})
_WORKING_URLS = "sqlite:///PATH (a file) or postgresql+psycopg://USER:PASSWORD@HOST:5432/NAME"


def _database_url(value: object) -> object:
    """The database URL, with the driver made explicit; the error never repeats the URL, whose
    password is secret, only its scheme."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    scheme, found, rest = text.partition("://")
    if found and scheme.lower() in _PSYCOPG:
        text = f"postgresql+psycopg://{rest}"
    elif not found or scheme.lower() not in _SAME_DRIVER:
        wrong = f"{scheme}:// is not a database sequencer can use" if found else "not a URL"
        raise PydanticCustomError("database_url", f"{wrong}: write {_WORKING_URLS}")
    if text == DEFAULT_DATABASE_URL:
        return text  # known good: commands that never open a database don't import SQLAlchemy
    from sqlalchemy.engine import make_url  # ~0.2 s to import
    from sqlalchemy.exc import ArgumentError

    try:
        make_url(text)
    except (ArgumentError, ValueError):  # their words may quote the password: not shown
        raise PydanticCustomError(
            "database_url", f"cannot be read as a URL: write {_WORKING_URLS}"
        ) from None
    return text


def _pairs(value: object) -> object:
    """`"a=b, c=d"` → {"a": "b", "c": "d"}."""
    if not isinstance(value, str):
        return value
    pairs = [[s.strip() for s in item.split("=")] for item in value.split(",") if item.strip()]
    if not pairs or any(len(pair) != 2 or not all(pair) for pair in pairs):
        raise PydanticCustomError(BAD, 'must be "<id>=<meaning>" pairs, comma-separated')
    return dict(pairs)


Cap = Annotated[int, BeforeValidator(lambda value: _number(value, whole=True))]
Seconds = Annotated[float, BeforeValidator(lambda value: _number(value, whole=False))]
Count = Annotated[int, BeforeValidator(_count)]
Interval = Annotated[float, BeforeValidator(_interval)]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]
Port = Annotated[int, BeforeValidator(_port)]
Zone = Annotated[str, BeforeValidator(_zone)]
Level = Annotated[LogLevel, BeforeValidator(_log_level)]
Trimmed = Annotated[str, AfterValidator(str.strip)]
Folder = Annotated[str, AfterValidator(lambda name: name.strip() or "INBOX")]
DatabaseUrl = Annotated[str, BeforeValidator(_database_url)]
PortOrOff = Annotated[int | None, BeforeValidator(_port_or_off)]  # "off": None
Pairs = BeforeValidator(_pairs)  # `"a=b, c=d"` → {"a": "b", "c": "d"}
