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
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from math import ceil
from typing import Any
from zoneinfo import ZoneInfo

from sequencer.reports.terminal import Block, Table
from sequencer.spec.sequence import Sequence

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


@dataclass(frozen=True)
class Clocks:
    """Times as the recruiter reads them, with the person's own time beside."""

    ours: ZoneInfo
    theirs: ZoneInfo

    @classmethod
    def of(cls, sequence: Sequence, their_zone: str | None) -> Clocks:
        """The sequence's sender's zone (else its own); the person's (else the sequence's)."""
        ours = str(sequence.sender.get("timezone") or sequence.timezone)
        return _clocks(ours, their_zone or sequence.timezone)

    def mine(self, when: Moment) -> str:
        """`Mon 23 Nov 2026 07:15 PST`, or nothing for no time."""
        return _clock_text(_moment(when).astimezone(self.ours), _DAY) if when else ""

    def theirs_at(self, when: Moment) -> str:
        """`10:15 EST` (with the day when it is another one there); nothing when their clock
        reads as the recruiter's."""
        return self.side_by_side(when)[1]

    def side_by_side(self, when: Moment) -> tuple[str, str]:
        """`mine` and `theirs_at` of one time, read and turned into the recruiter's zone once
        for both (status shows both for each of 250,000 sends at 100,000 enrollments)."""
        if not when:
            return "", ""
        moment = _moment(when)
        here = moment.astimezone(self.ours)
        mine = _clock_text(here, _DAY)
        if self.theirs is self.ours:  # ZoneInfo keeps one of each zone: the same clock
            return mine, ""
        there = moment.astimezone(self.theirs)
        if here.utcoffset() == there.utcoffset():
            return mine, ""
        return mine, _clock_text(there, "" if here.date() == there.date() else _OTHER_DAY)

    def both(self, when: Moment) -> str:
        """`Mon 23 Nov 2026 07:15 PST (their time 10:15 EST)`."""
        mine, theirs = self.side_by_side(when)
        return mine + (f" (their time {theirs})" if theirs else "")


@cache  # status asks once per enrollment, for a handful of zones
def _clocks(ours: str, theirs: str) -> Clocks:
    return Clocks(ZoneInfo(ours), ZoneInfo(theirs))


_DAY, _OTHER_DAY = "%a %d %b %Y", "%a %d %b"  # TIME_FORMAT's day; theirs on another day


def _clock_text(local: datetime, day_format: str) -> str:
    """`local.strftime(f"{day_format} %H:%M %Z")` (the day left out for ""), each day's text
    made once: strftime took half the time of status's 350,000 times at 100,000 enrollments,
    and a desk's times fall on a few hundred days."""
    clock = f"{local.hour:02d}:{local.minute:02d} {local.tzname() or ''}"
    if not day_format:
        return clock
    return f"{_day_text(local.date(), day_format, locale.setlocale(locale.LC_TIME))} {clock}"


@lru_cache(maxsize=4096)
def _day_text(day: date, day_format: str, time_locale: str) -> str:
    # The locale names the days and months (%a, %b): part of the key, though nothing here
    # changes it.
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
        return f"{self.name} <{self.key}>" if self.name else self.key

    @property
    def stacked(self) -> str:
        """The name above the address: a narrow column wraps between them, not in one."""
        return f"{self.name}\n<{self.key}>" if self.name else self.key


def full_name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part)


# --- status ---------------------------------------------------------------------------------

SEND_COLUMNS = ("step", "channel", "status", "when", "their time", "note")


def enrollment_block(entry: dict[str, Any], who: Who) -> Block:
    """One enrollment of `status`: who and which sequence, then sentences, then its sends."""
    sends = [_send_row(send, who.clocks) for send in entry["sends"]]
    return Block(
        title=f"{who.named} · {entry['sequence']} ({entry['version']})",
        lines=_situation(entry, who.clocks),
        tables=[Table(SEND_COLUMNS, sends)] if sends else [],
        notes=[_event(event, who.clocks) for event in entry["events"]],
    )


def _situation(entry: dict[str, Any], clocks: Clocks) -> list[str]:
    touches = plural(entry["touches_sent"], "touch", "touches") + " sent"
    # An active one's reason qualifies it ("Active, paced: …"); a finished one's explains it.
    reason = _reason(entry["reason"], ", " if entry["status"] == "active" else ": ")
    lines = [f"{_STATES.get(entry['status'], entry['status'])}{reason}; {touches}."]
    if entry["next_step"] and entry["next_due_at"]:
        lines.append(f"Next: {entry['next_step']} on {clocks.both(entry['next_due_at'])}.")
    if entry["waiting"]:
        lines.append(_sentence(entry["waiting"]))
    if entry["held_until"]:
        lines.append(f"Held: no touch before {clocks.both(entry['held_until'])}.")
    if entry["follow_on"]:
        follow = entry["follow_on"]
        lines.append(f"Moves to {follow['sequence']} on {clocks.both(follow['from'])}.")
    if entry["suppressed"]:
        lines.append(f"Opted out: {entry['suppressed']}.")
    if entry["email_undeliverable"]:
        lines.append(f"Email undeliverable: {entry['email_undeliverable']}.")
    lines += [_sentence(f"Needs attention: {why}") for why in entry.get("needs_attention", [])]
    return lines


def _reason(reason: str | None, joined: str) -> str:
    """`: they accepted a role elsewhere (the recruiter recorded it)`, from the stored
    `accepted-elsewhere (recorded by the recruiter)`."""
    if not reason:
        return ""
    outcome, recorded, rest = reason.partition(_BY_THE_RECRUITER)
    if recorded and outcome in _OUTCOMES:
        reason = f"{_OUTCOMES[outcome]} (the recruiter recorded it){rest}"
    return joined + _PACED_AT.sub("", reason)


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def _event(event: dict[str, Any], clocks: Clocks) -> str:
    words = " ".join((event["detail"] or "").split())
    quoted = f": “{words[:70]}{'…' if len(words) > 70 else ''}”" if words else ""
    channel = f" by {event['channel']}" if event["channel"] else ""
    said = {
        "reply": f"replied{channel}{quoted}",
        "auto_reply": f"an automatic reply{channel}{quoted}",
        "opt_out": f"opted out{channel}{quoted}",
        "opt_in": f"opted back in{channel}",
        "bounce": f"email bounced{': ' + words if words else ''}",
        "outcome": _recorded(words),
    }.get(event["kind"]) or _outside(event, quoted)
    return f"{clocks.both(event['at'])}: {said}{'' if said.endswith('”') else '.'}"


# What an ATS or a scheduling tool told us (inbound/outside.py), in the recruiter's words.
_OUTSIDE = {
    "applied": "applied",
    "rejected": "was rejected or archived",
    "hired": "was hired",
    "stage_changed": "moved to another stage",
    "meeting_booked": "booked a meeting",
    "meeting_canceled": "cancelled their meeting",
}


def _outside(event: dict[str, Any], quoted: str) -> str:
    source = f" ({event['channel']})" if event["channel"] else ""
    return f"{_OUTSIDE.get(event['kind'], event['kind'])}{source}{quoted}"


def _recorded(detail: str) -> str:
    """`not-now until 2027-01-11` → `the recruiter recorded that they said not now, until …`"""
    outcome, _, rest = detail.partition(" ")
    what = _OUTCOMES.get(outcome, outcome)
    return f"the recruiter recorded that {what}{', ' + rest if rest else ''}"


def _send_row(send: dict[str, Any], clocks: Clocks) -> tuple[str, ...]:
    via = f"via {send['provider']}" if send["provider"] else ""
    doing = _task_note(send)
    note = ", ".join(part for part in (send["delivery"], doing, send["reason"] or via) if part)
    mine, theirs = clocks.side_by_side(send["sent_at"])
    return (send["step"], send["channel"] or "-", send["status"], mine, theirs, note)


def _task_note(send: dict[str, Any]) -> str:
    """A LinkedIn step's task, while it matters: still to do, or closed before it was done
    (the sequence stopped). Done or expired, the send's own status and reason say it."""
    task = send["task"]
    if task and task["status"] == "open":
        return f"task #{task['id']} to do"
    closed = task and task["status"] == "expired" and send["status"] == "waiting"
    return f"task #{task['id']} closed, not done" if closed else ""


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
