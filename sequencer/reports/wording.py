"""The words of `status`, `tasks` and `tick`: local times, counts with their plurals, and the
states, reasons and events of the database said as sentences.

Times are shown in the recruiter's zone (the sequence's `sender.timezone`, else its
`timezone`), with the person's own time beside when it differs. The JSON of `status --json`
is not made here: it keeps the stored values, in UTC, for scripts.
"""

from __future__ import annotations

import locale
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from math import ceil
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sequencer.reports.terminal import Block, Table

# How `tick` counts what a pass did: the singular and plural of each outcome that has one.
_COUNTED = {
    "tasks expired": ("task expired", "tasks expired"),
    "task": ("task", "tasks"),
    "recruiters told": ("recruiter told", "recruiters told"),
}
# What a recruiter recorded with `sequencer mark`, as a sentence about the person.
_OUTCOMES = {
    "replied": "they replied",
    "interested": "they are interested",
    "not-now": "they said not now",
    "accepted-elsewhere": "they accepted a role elsewhere",
    "opted-out": "they opted out",
    "hired": "they were hired",
    "declined": "they declined",
    "applied": "they applied",
    "meeting-booked": "they booked a meeting",
    "rejected": "they were rejected",
}
_BY_THE_RECRUITER = " (recorded by the recruiter)"
# The time at the end of a paced reason, in UTC: the "Next:" line says it in local time.
_PACED_AT = re.compile(r"; next at \d{4}-\d\d-\d\d \d\d:\d\d UTC$")
_STATES = {"active": "Active", "paused": "Paused", "completed": "Finished", "halted": "Stopped"}
_TASKS = {"linkedin": "LinkedIn message", "call": "call"}
# A time as the entries hold it (ISO-8601 text, as in the JSON) or as stored; None: no time.
Moment = datetime | str | None


def plural(count: int, one: str, many: str | None = None) -> str:
    """`1 touch`, `2 touches`: the count and the word that goes with it."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def pass_summary(outcomes: Mapping[str, int]) -> str:
    """What one pass did, as `tick` prints it: `2 sent, 1 task expired`."""
    words = [plural(n, *_COUNTED.get(what, (what, what))) for what, n in sorted(outcomes.items())]
    return ", ".join(words) or "nothing due"


def simulated_day(start: datetime, moment: datetime, until: datetime) -> str:
    """Where a simulation of the daemon is: `day 3 of 56`."""
    days = max(1, ceil((until - start) / timedelta(days=1)))
    return f"day {min(days, (moment - start) // timedelta(days=1) + 1)} of {days}"


class Zoned(Protocol):
    """What `Clocks` needs of a sequence: a `Sequence`, or its zones read from the stored
    YAML alone (`status`, which checks no version again)."""

    @property
    def timezone(self) -> str: ...

    @property
    def sender(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class Clocks:
    """Times as the recruiter reads them, with the person's own time beside."""

    ours: ZoneInfo
    theirs: ZoneInfo
    # `side_by_side` of each time already said (by the text or datetime given), and of each
    # UTC second, for as long as these clocks are kept (plain status keeps one per pair of
    # zones for one report): a zone's offset changes only on a whole second, so every time
    # within one reads alike. Status says 350,000 times at 100,000 enrollments, and a desk's
    # sends, events and next touches share seconds; a time said again is one look-up.
    _said: dict[datetime | str, tuple[str, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _seconds: dict[str, tuple[str, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # The locale that names days and months (%a, %b), asked once: nothing here changes it.
    _locale: str = field(
        default_factory=lambda: locale.setlocale(locale.LC_TIME),
        init=False,
        repr=False,
        compare=False,
    )

    @classmethod
    def of(cls, sequence: Zoned, their_zone: str | None) -> Clocks:
        """The sequence's sender's zone (else its own); the person's (else the sequence's)."""
        ours = str(sequence.sender.get("timezone") or sequence.timezone)
        return cls(ZoneInfo(ours), ZoneInfo(str(their_zone or sequence.timezone)))

    def mine(self, when: Moment) -> str:
        """`Mon 23 Nov 2026 07:15 PST`, or nothing for no time."""
        return _clock_text(_moment(when).astimezone(self.ours), _DAY, self._locale) if when else ""

    def theirs_at(self, when: Moment) -> str:
        """`10:15 EST` (with the day when it is another one there); nothing when their clock
        reads as the recruiter's."""
        return self.side_by_side(when)[1]

    def side_by_side(self, when: Moment) -> tuple[str, str]:
        """`mine` and `theirs_at` of one time, read and turned into the recruiter's zone once
        for both (status shows both for each of 250,000 sends at 100,000 enrollments)."""
        if not when:
            return "", ""
        said = self._said.get(when)
        if said is None:
            said = self._said[when] = self._at_second(when)
        return said

    def _at_second(self, when: datetime | str) -> tuple[str, str]:
        if type(when) is not str or when[19:20] not in _SECOND_ENDS or when[-6:] != "+00:00":
            return self._side_by_side(_moment(when))  # not a `utc_text`
        second = when[:19]  # `2026-11-24T17:00:00`, then its fraction or its offset
        said = self._seconds.get(second)
        if said is None:
            said = self._seconds[second] = self._side_by_side(datetime.fromisoformat(when))
        return said

    def _side_by_side(self, moment: datetime) -> tuple[str, str]:
        here = moment.astimezone(self.ours)
        mine = _clock_text(here, _DAY, self._locale)
        if self.theirs is self.ours:  # ZoneInfo keeps one of each zone: the same clock
            return mine, ""
        there = moment.astimezone(self.theirs)
        if here.utcoffset() == there.utcoffset():
            return mine, ""
        day = "" if here.date() == there.date() else _OTHER_DAY
        return mine, _clock_text(there, day, self._locale)

    def both(self, when: Moment) -> str:
        """`Mon 23 Nov 2026 07:15 PST (their time 10:15 EST)`."""
        mine, theirs = self.side_by_side(when)
        return mine + (f" (their time {theirs})" if theirs else "")


_SECOND_ENDS = (".", "+")  # what follows the seconds of a `utc_text`


_DAY, _OTHER_DAY = "%a %d %b %Y", "%a %d %b"  # TIME_FORMAT's day; theirs on another day


def _clock_text(local: datetime, day_format: str, time_locale: str) -> str:
    """`local.strftime(f"{day_format} %H:%M %Z")` (the day left out for ""), each day's text
    made once: strftime took half the time of status's 350,000 times at 100,000 enrollments,
    and a desk's times fall on a few hundred days. Of what was left, two thirds went on
    formatting the hour and the minute (now `_TWO_DIGITS`) and asking for the locale."""
    clock = f"{_TWO_DIGITS[local.hour]}:{_TWO_DIGITS[local.minute]} {local.tzname() or ''}"
    if not day_format:
        return clock
    return f"{_day_text(local.date(), day_format, time_locale)} {clock}"


_TWO_DIGITS = tuple(f"{n:02d}" for n in range(60))  # `%H` and `%M` of 0 to 59


@lru_cache(maxsize=4096)
def _day_text(day: date, day_format: str, time_locale: str) -> str:
    # The locale names the days and months (%a, %b): part of the key, though nothing here
    # changes it (and a `Clocks` asks it once).
    return day.strftime(day_format)


def _moment(when: datetime | str) -> datetime:
    return datetime.fromisoformat(when) if isinstance(when, str) else when


@dataclass(frozen=True)
class Who:
    """The person an entry is about, as the recruiter knows them."""

    key: str
    name: str
    clocks: Clocks

    @property
    def named(self) -> str:
        """`Alex Rivera <alex.rivera@example.com>`, or the address alone."""
        return named(self.key, self.name)

    @property
    def stacked(self) -> str:
        """The name above the address: a narrow column wraps between them, not in one."""
        return f"{self.name}\n<{self.key}>" if self.name else self.key


def named(key: str, name: str) -> str:
    """`Alex Rivera <alex.rivera@example.com>`, or the address alone (`Who.named`)."""
    return f"{name} <{key}>" if name else key


def full_name(first: str | None, last: str | None) -> str:
    """`Alex Rivera`, or the one name given, or nothing."""
    if first and last:
        return f"{first} {last}"
    return first or last or ""


# --- status ---------------------------------------------------------------------------------
# The words of one enrollment; `status.status_blocks` says which, from the rows it read.

SEND_COLUMNS = ("step", "channel", "status", "when", "their time", "note")


# Said once for each state, reason and count: a desk of 100,000 has a few hundred of them.
@lru_cache(maxsize=4096)
def standing(state: str, reason: str | None, touches_sent: int) -> str:
    """`Active, paced: …; 2 touches sent.`, `Finished: every step was sent or skipped; …`."""
    touches = plural(touches_sent, "touch", "touches") + " sent"
    # An active one's reason qualifies it ("Active, paced: …"); a finished one's explains it.
    reason_text = _reason(reason, ", " if state == "active" else ": ")
    return f"{_STATES.get(state, state)}{reason_text}; {touches}."


def _reason(reason: str | None, joined: str) -> str:
    """`: they accepted a role elsewhere (the recruiter recorded it)`, from the stored
    `accepted-elsewhere (recorded by the recruiter)`."""
    if not reason:
        return ""
    outcome, recorded, rest = reason.partition(_BY_THE_RECRUITER)
    if recorded and outcome in _OUTCOMES:
        reason = f"{_OUTCOMES[outcome]} (the recruiter recorded it){rest}"
    return joined + _PACED_AT.sub("", reason)


def sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


@lru_cache(maxsize=4096)  # the same few replies, opt-outs and bounces, said once each
def event_said(kind: str, channel: str | None, detail: str | None) -> str:
    """What the person did, after its time: `replied by email: “Thanks, not right now.”`."""
    words = " ".join((detail or "").split())
    quoted = f": “{words[:70]}{'…' if len(words) > 70 else ''}”" if words else ""
    by = f" by {channel}" if channel else ""
    if kind == "reply":
        said = f"replied{by}{quoted}"
    elif kind == "auto_reply":
        said = f"an automatic reply{by}{quoted}"
    elif kind == "opt_out":
        said = f"opted out{by}{quoted}"
    elif kind == "opt_in":
        said = f"opted back in{by}"
    elif kind == "bounce":
        said = f"email bounced{': ' + words if words else ''}"
    elif kind == "outcome":
        said = _recorded(words)
    else:
        said = _outside(kind, channel, quoted)
    return f"{said}{'' if said.endswith('”') else '.'}"


# What an ATS or a scheduling tool told us (inbound/outside.py), in the recruiter's words.
_OUTSIDE = {
    "applied": "applied",
    "rejected": "was rejected or archived",
    "hired": "was hired",
    "stage_changed": "moved to another stage",
    "meeting_booked": "booked a meeting",
    "meeting_canceled": "cancelled their meeting",
}


def _outside(kind: str, channel: str | None, quoted: str) -> str:
    source = f" ({channel})" if channel else ""
    return f"{_OUTSIDE.get(kind, kind)}{source}{quoted}"


def _recorded(detail: str) -> str:
    """`not-now until 2027-01-11` → `the recruiter recorded that they said not now, until …`"""
    outcome, _, rest = detail.partition(" ")
    what = _OUTCOMES.get(outcome, outcome)
    return f"the recruiter recorded that {what}{', ' + rest if rest else ''}"


@lru_cache(maxsize=4096)  # a desk's sends fare in a few dozen ways
def send_note(delivery: str | None, doing: str, reason: str | None, provider: str | None) -> str:
    """`delivered, via sendgrid`: how a send fared, its task (`task_note`), and why it
    stands so."""
    via = f"via {provider}" if provider else ""
    return ", ".join(part for part in (delivery, doing, reason or via) if part)


def task_note(task_id: int, task_status: str, send_status: str) -> str:
    """A LinkedIn step's task, while it matters: still to do, or closed before it was done
    (the sequence stopped). Done or expired, the send's own status and reason say it."""
    if task_status == "open":
        return f"task #{task_id} to do"
    closed = task_status == "expired" and send_status == "waiting"
    return f"task #{task_id} closed, not done" if closed else ""


# --- tasks ----------------------------------------------------------------------------------

# The overview; each task's own lines say it in their time too.
TASK_COLUMNS = ("#", "task", "person", "due since", "moves on after")


@dataclass(frozen=True)
class OpenTask:
    """An open task with the people and times it concerns."""

    task: dict[str, Any]  # as `open_tasks` gives it
    who: Who
    sequence: str
    created_at: datetime


def task_blocks(tasks: list[OpenTask]) -> list[Block]:
    """`tasks`: an overview table (a terminal draws it), then each task in sentences, with
    the message to copy."""
    rows = [_task_row(t) for t in tasks]
    table = Table(TASK_COLUMNS, rows, whole=("person",))
    overview = Block(plural(len(tasks), "open task"), tables=[table], overview=True)
    return [overview, *(_task_block(t) for t in tasks)] if tasks else []


def _task_row(open_task: OpenTask) -> tuple[str, ...]:
    task, clocks = open_task.task, open_task.who.clocks
    return (
        str(task["id"]),
        "LinkedIn" if task["kind"] == "linkedin" else task["kind"],
        open_task.who.stacked,
        clocks.mine(open_task.created_at),
        clocks.mine(task["expires_at"]) or "never",
    )


def _task_block(open_task: OpenTask) -> Block:
    task, clocks = open_task.task, open_task.who.clocks
    kind = _TASKS.get(task["kind"], task["kind"])
    how = f"Send it at {task['to']}" if task["kind"] == "linkedin" else f"Call {task['to']}"
    lines = [
        f"{how}, then run `sequencer tasks done {task['id']}`.",
        f"Due since {clocks.both(open_task.created_at)}: step {task['step']} of "
        f"{open_task.sequence}.",
    ]
    if task["expires_at"]:
        lines.append(
            f"Not done by {clocks.mine(task['expires_at'])}, it expires: its message goes by "
            "the step's fallback channel if one reaches them, else the sequence moves on "
            "without it."
        )
    return Block(f"#{task['id']} {kind} to {open_task.who.named}", lines, text=task["body"])
