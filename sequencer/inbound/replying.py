"""What the paths of an email and of a text in share: reading a reply without ever losing it to
a fault of the reader, keeping the reading under the label its effect followed, and dropping
what comes from someone erased at their request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sequencer.inbound.effects import Effect, Incoming, read_as, record_only
from sequencer.inbound.intent import Label, Reading
from sequencer.inbound.receive import FORGOTTEN
from sequencer.ops.logs import where
from sequencer.store.models import EventKind

DETAIL_LIMIT = 2000  # characters of a reply kept for the recruiter

log = logging.getLogger(__name__)


def dropped(what: str) -> str:
    log.info("dropped %s from someone erased at their request", what)
    return FORGOTTEN


def understood(read: Callable[..., Reading], *args: Any, **kwargs: Any) -> Reading | None:
    """What a reply says; None when it cannot be read, and the reply still halts them."""
    try:
        return read(*args, **kwargs)
    except (
        Exception
    ) as exc:  # a fault in the reader must not lose a reply (the provider would retry)
        log.error(
            "could not read what a reply says (%s): it waits for the recruiter, unread",
            type(exc).__name__,
            extra={"traceback": where(exc)},  # not its message: it may quote the reply
        )
        return None


def keep(reading: Reading | None, label: Label, decision: str) -> Effect:
    """Keep the reading of a reply that was acted on at once, under the label its effect
    followed: headers and the stop rules are sure, whatever the words suggested."""
    if reading is None:
        return record_only
    if reading.label is not label:
        reading = replace(reading, label=label, confidence=1.0)
    return read_as(reading, decision)


def with_kind(incoming: Incoming, kind: EventKind, detail: str | None = None) -> Incoming:
    return Incoming(**{**vars(incoming), "kind": kind, "detail": detail or incoming.detail})
