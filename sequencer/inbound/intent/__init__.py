"""What a reply means: its label, how sure we are, its language, the date it names, and the new
text it was read from (quoted history and signatures removed).

    labels      Label (the ten things a reply can mean) and Reading (what we read)
    reading     read_reply (a body, email or SMS), read_mail (raw RFC 5322 bytes) and
                read_incoming (an email inbound/mail has already taken apart)
    newtext     the person's new text: quoted history and signatures stripped
    language    which of the six languages it is in (py3langid, restricted)
    rules       high-precision rules: opt-outs first, then the other labels, per language
    model       a small naive Bayes trained on the corpus's train split, shipped as JSON
    folds       cross-validation by writer, what predicts a writer never seen (the bench's)
    dates       the date a reply names, by the project's convention (periods: vague ones)
    phrases     the phrases that cue each label, in six languages
    referral    the address and name of someone they point us to

Pure functions of the text and the day it arrived: no database, no clock, no network.
May import `sequencer.inbound.mail` (parsing an email), people, spec, config and errors;
never store, engine, web, cli or daemon.

The reader (`reading` and the rule modules behind it: thousands of patterns, compiled as they
import, 1-1.5 s) is imported at the first use of `read_reply`, `read_mail` or
`read_incoming`, not with this package: `Label` and `Reading` alone cost nothing, so the
modules that only name them (effects, decisions, the recruiters' pages, `sequencer replies`)
and every command that reads no reply start without it. The daemon loads it in the
background once it serves (`web.reader`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sequencer.inbound.intent.labels import Label, Reading

if TYPE_CHECKING:
    from sequencer.inbound.intent.reading import read_incoming, read_mail, read_reply

_READER = frozenset({"read_incoming", "read_mail", "read_reply"})

__all__ = ["Label", "Reading", "read_incoming", "read_mail", "read_reply"]


def __getattr__(name: str) -> Any:
    """`read_reply` and the rest, from `reading`, imported at first asking (PEP 562)."""
    if name in _READER:
        value = getattr(importlib.import_module("sequencer.inbound.intent.reading"), name)
        globals()[name] = value  # asked once: the next look-up is a plain attribute
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
