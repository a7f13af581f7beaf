"""Structured logs for `sequencer run`: one JSON object per line, with no message bodies and
no full addresses.

    {"time": "2026-11-23T14:00:00.123+00:00", "level": "INFO",
     "logger": "sequencer.engine.dispatch", "message": "sent", "send_id": 7,
     "enrollment_id": 3, "step": "initial", "channel": "email", "outcome": "sent",
     "to": "p***@example.com", "provider_id": "..."}

Every string that goes out (the message, each field, a traceback) has its email addresses
masked as `p***@example.com` and its E.164 numbers as `+1******0147`; fields that would hold
a message's text (`body`, `text`, `html`, `script`, `subject`) are withheld whatever the
level. `configure_logging` is called once, by `sequencer run`; everything else only logs.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from datetime import UTC, datetime
from typing import IO, Any

from sequencer.store.models import Send

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DEFAULT_LEVEL = "INFO"

# What a LogRecord carries of its own; anything else on it came in through `extra=`.
_RECORD_FIELDS = frozenset(
    set(vars(logging.LogRecord("", logging.INFO, "", 0, "", None, None))) | {"message", "asctime"}
)
# A message's own words never reach a log line, at any level.
WITHHELD = frozenset({"body", "text", "html", "script", "subject"})
# The loggers that follow the chosen level; every other library logs at WARNING and up
# only, whatever the level: at INFO or DEBUG some of them log whole requests and message
# contents (SendGrid's HTTP client its payloads, SQLAlchemy its SQL parameters, imapclient
# the mail it fetches) and APScheduler two lines per pass.
OURS = ("sequencer", "alembic")

_EMAIL = re.compile(
    r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*@(?=[A-Za-z0-9-]+\.)"
)
_PHONE = re.compile(r"\+\d{8,15}\b")


def mask_email(address: str) -> str:
    """`priya.raman@example.com` → `p***@example.com` (the domain stays: it tells a
    provider's problem from a person's)."""
    return _EMAIL.sub(r"\1***@", address)


def mask_phone(number: str) -> str:
    """`+12125550147` → `+1******0147`: the first digit and the last four, as long as it was."""
    if len(number) <= 6:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 6) + number[-4:]


def mask(text: str) -> str:
    """Every email address and E.164 number in `text`, masked."""
    return _PHONE.sub(lambda match: mask_phone(match.group()), mask_email(text))


def _clean(key: str, value: Any) -> Any:
    if key in WITHHELD and value is not None:
        return "[withheld]"
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dict):
        return {str(k): _clean(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_clean(key, item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return mask(str(value))


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message, then the
    record's `extra` fields, all masked."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": mask(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _RECORD_FIELDS and not key.startswith("_") and key not in entry:
                entry[key] = _clean(key, value)
        if record.exc_info:
            entry["exception"] = mask(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = mask(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class _Installed(logging.StreamHandler[IO[str]]):
    """The handler `configure_logging` puts on the root logger (so a second call replaces it)."""


def where(exc: BaseException) -> str:
    """Where `exc` was raised (the frames and its type), without its message: an error raised
    while reading what a person wrote may quote it, and no log line carries their words."""
    return "".join(traceback.format_tb(exc.__traceback__)) + type(exc).__qualname__


def configure_logging(level: str = DEFAULT_LEVEL, stream: IO[str] | None = None) -> logging.Handler:
    """JSON lines at `level` (DEBUG, INFO, WARNING, ERROR) on `stream` (default stdout: the
    daemon's stderr carries only its start and stop lines)."""
    name = level.upper()
    if name not in LEVELS:
        raise ValueError(f"unknown log level {level!r}: use one of {', '.join(LEVELS)}")
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _Installed)]:
        root.removeHandler(handler)
    handler = _Installed(stream or sys.stdout)
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(max(logging.WARNING, logging.getLevelName(name)))
    for ours in OURS:
        logging.getLogger(ours).setLevel(name)
    return handler


# One logger for every step of a send (claim, hand-over, record), whichever module takes it:
# operators filter on its name.
send_log = logging.getLogger("sequencer.engine.dispatch")


def send_fields(send: Send, outcome: str, **more: Any) -> dict[str, Any]:
    """The fields of a log line about one send (for `extra=`): never its text."""
    fields = {
        "send_id": send.id,
        "enrollment_id": send.enrollment_id,
        "step": send.step_id,
        "channel": send.channel,
        "outcome": outcome,
        "to": send.to,
        "provider_id": send.provider_id,
        "attempts": send.attempts,
        "reason": send.reason,
    }
    return {key: value for key, value in (fields | more).items() if value is not None}
