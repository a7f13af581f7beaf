"""The reply reader in a listener process: loaded once, before the first reply if it can be.

Loading it (`inbound.intent`: its rule modules, the language model, the meaning reader's
encoder and kernel) costs ~3 s of CPU, so the daemon serves and sends first and loads it in a
thread of its own (`warm_up_soon`): once its first pass has ended, or at the first reply that
comes sooner (`load_reader_on_demand`), and in each forked webhook copy as it starts. A reply
waits for that load off the loop (`reader_ready`), then is read on it as before.

Never before a fork: a fork copies only the thread that calls it, with every lock as it was,
so a copy made while this load held an import's lock or `meaning._LOADING` would wait for it
forever at its first reply. The daemon forks its copies (`serve.start`) before it starts any
thread, and only then says a load may start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from concurrent.futures import Future
from datetime import date

from sequencer.inbound import intent

log = logging.getLogger(__name__)

# Long enough for the language model (short texts are judged by their words alone).
WARM_UP = "Thanks for reaching out, I would like to hear more about the role next week."


class _Reader:
    """This process's reply reader: whether it is loaded (`warm`), its load under way, and
    whether a reply may start that load (`on_demand`: once the process forks no more)."""

    def __init__(self) -> None:
        self.warm = threading.Event()
        self.loading: Future[None] | None = None
        self.on_demand = False
        self.starting = threading.Lock()


_READER = _Reader()


def warm_up() -> None:
    """Read a reply of each kind now, so that what the reader loads once per process (its
    modules, the language model, the meaning reader's encoder and kernel) is loaded before the
    first person's reply, not while it waits. From then on a text is read on the loop."""
    intent.read_reply(WARM_UP, date(2026, 1, 5), channel="sms")
    intent.read_reply(WARM_UP, date(2026, 1, 5), subject="Re: the role")
    _READER.warm.set()


def warm_up_soon() -> Future[None]:
    """`warm_up` in a thread of its own, started now unless it was before; done when it has.
    Only in a process that forks no more (the daemon once `serve.start` has forked its
    listener copies, or such a copy): a fork while this thread imports a module, or holds the
    meaning reader's lock, would copy that lock held, and the copy's first reply would wait
    for it forever. From then on a reply that finds the reader unloaded waits for this load."""
    with _READER.starting:
        if _READER.loading is not None:
            return _READER.loading
        loading: Future[None] = Future()
        loading.set_running_or_notify_cancel()  # a request that stops waiting cannot cancel it
        _READER.loading, _READER.on_demand = loading, True

    def run() -> None:
        started = time.monotonic()
        try:
            warm_up()
        except Exception as exc:  # each reply tries again (in its worker thread), or gets 500
            log.exception("the reply reader did not load")
            loading.set_exception(exc)
            return
        log.info("reply reader loaded in %.1f s", time.monotonic() - started)
        loading.set_result(None)

    # Not a daemon thread: a stop in the first seconds waits for it rather than ending the
    # interpreter under a thread that may be writing its log line (a fatal error at exit).
    threading.Thread(target=run, name="reader warm-up").start()
    return loading


def load_reader_on_demand() -> None:
    """Say this process forks no more: the first reply that finds the reader unloaded starts
    its load (`warm_up_soon`), which a later `warm_up_soon` then waits for, not a second one."""
    _READER.on_demand = True


async def reader_ready() -> bool:
    """Whether a reply can be read without loading anything: at once if the reader is loaded;
    else once the load under way (or started now, if this process may) has ended, waited for
    off the loop, which serves the rest meanwhile. False: no load may start here (no daemon,
    as in tests), or it failed; the reply is then read in a worker thread, which loads what
    it needs."""
    if _READER.warm.is_set():
        return True
    loading = _READER.loading or (warm_up_soon() if _READER.on_demand else None)
    if loading is not None:
        with contextlib.suppress(Exception):  # logged by the warm-up
            await asyncio.wrap_future(loading)
    return _READER.warm.is_set()
