"""What every ATS and scheduling-tool reader shares: an HMAC-SHA256 checked in constant time,
a timestamp checked for age, and a JSON body read field by field without trusting its shape.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sequencer.errors import BadRequest, NotGenuine

# A timestamp from the future: our clock or the provider's may be off by a little.
MAX_CLOCK_SKEW = timedelta(minutes=5)


def hmac_hex(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def same_digest(expected_hex: str, given: str | None) -> bool:
    """Whether `given` is `expected_hex`, in constant time (bytes: compare_digest refuses
    non-ASCII text, and a header can hold anything); hex case does not matter."""
    if not given:
        return False
    return hmac.compare_digest(expected_hex.encode(), given.strip().lower().encode())


def check(genuine: bool, provider: str) -> None:
    if not genuine:
        raise NotGenuine(f"the request is not signed with our {provider} secret")


def fresh(stamp: datetime, now: datetime, max_age: timedelta) -> bool:
    """Whether a signature made at `stamp` may still be taken at `now`."""
    age = now - stamp
    return -MAX_CLOCK_SKEW <= age <= max_age


def unix(seconds: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def json_object(body: bytes, what: str) -> dict[str, Any]:
    """The body as a JSON object; BadRequest (safe to answer) for anything else."""
    try:
        value = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        raise BadRequest(f"the {what} is not UTF-8 JSON ({type(error).__name__})") from None
    if not isinstance(value, dict):
        raise BadRequest(f"the {what} is not a JSON object")
    return value


def at(value: Any, *path: str) -> Any:
    """`value[path[0]][path[1]]...`, or None where a step is missing or not an object."""
    for name in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(name)
    return value


def text(value: Any, *path: str) -> str | None:
    """The text at `path`, stripped; None when it is missing, empty or not text."""
    found = at(value, *path)
    if isinstance(found, int | float) and not isinstance(found, bool):
        found = str(found)
    return (found.strip() or None) if isinstance(found, str) else None


def need(value: Any, *path: str) -> str:
    """The text at `path`; BadRequest naming the field when there is none."""
    found = text(value, *path)
    if found is None:
        raise BadRequest(f"the webhook has no {'.'.join(path)}")
    return found


def values(items: Any, field: str = "value") -> tuple[str, ...]:
    """The `field` of each object in a list (Greenhouse's `email_addresses`, Cal.com's
    `attendees`), in order, without empties or repeats."""
    found = (text(item, field) for item in items) if isinstance(items, list) else ()
    return unique(found)


def unique(found: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item in found if item))


def iso_time(value: Any) -> datetime | None:
    """An ISO 8601 time as the providers write it ("2026-11-23T14:00:00.000000Z"), aware;
    None when it is missing or unreadable (the fact then happened when it reached us)."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def short(value: str) -> str:
    return value[:500]
