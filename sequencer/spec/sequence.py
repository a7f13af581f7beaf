"""The sequence file: YAML → a validated, immutable Sequence.

The models double as the published JSON Schema (`sequencer schema`), so every field carries the
description an editor shows while a recruiter types.
"""

from __future__ import annotations

import hashlib
import zoneinfo
from datetime import date, datetime
from enum import StrEnum
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BeforeValidator,
    Field,
    PrivateAttr,
    StrictInt,
    WithJsonSchema,
)

from sequencer.spec.calendar import TCPA_HOURS, check_holiday_code
from sequencer.spec.channel import Channel
from sequencer.spec.fieldtypes import HoursText, Model, WaitText, did_you_mean
from sequencer.spec.outcomes import Outcomes, ReenrollAfter, Replies
from sequencer.spec.outside import Audience, AudienceField, ExitOn, ExitOnField, SameCompanyField
from sequencer.spec.timetext import DEFAULT_WINDOW, SendWindow


def _one_or_many(item: dict[str, Any]) -> WithJsonSchema:
    """Schema for a key that takes one value or a list of them (`fallback: email`)."""
    return WithJsonSchema({"anyOf": [item, {"type": "array", "items": item}]})


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


WINDOW_LINE = {
    "type": "string",
    "pattern": r"^\s*[A-Za-z].*\d{1,2}[:.]\d{2}\s*-\s*\d{1,2}[:.]\d{2}\s*$",
    "examples": ["Tue-Thu 09:00-11:30", "Mon, Fri 10:00-12:00"],
}


def _check_window_line(line: Any) -> str:
    if not isinstance(line, str):
        raise ValueError('write each line as text, e.g. "Tue-Thu 09:00-11:30"')
    SendWindow.parse([line])
    return line


WindowLines = Annotated[
    list[Annotated[str, BeforeValidator(_check_window_line)]],
    BeforeValidator(_as_list),
    _one_or_many(WINDOW_LINE),
]
Texts = Annotated[list[str], BeforeValidator(_as_list), _one_or_many({"type": "string"})]


@cache
def zone_names() -> frozenset[str]:
    """Every IANA zone name (read from disk once: listing them scans the tz database)."""
    return frozenset(zoneinfo.available_timezones())


def is_zone(name: str) -> bool:
    """`name in zone_names()`, mostly without listing them: that opens each of the 600 files
    of the system's tz database, 5 ms of a 0.5 s `sequencer preview`, while the tzdata
    package's own list (one file, which `available_timezones` reads first) has every name
    but the system's extras such as "localtime"."""
    return name in _tzdata_names() or name in zone_names()


@cache
def _tzdata_names() -> frozenset[str]:
    try:
        listed = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    except (ImportError, OSError):  # no tzdata package: the system's files alone
        return frozenset()
    # As `available_timezones` reads it, which leaves out "posixrules" wherever it is found.
    return frozenset(line.strip() for line in listed.splitlines()) - {"", "posixrules"}


def check_zone(name: Any) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError("write a time zone name such as 'America/New_York' or 'Europe/Berlin'")
    if not is_zone(name):
        raise ValueError(
            f"unknown time zone {name!r}{did_you_mean(name, zone_names())}: "
            "use an IANA name such as 'America/New_York' or 'Europe/Berlin'"
        )
    return name


def _check_channel(value: Any) -> Any:
    if isinstance(value, str) and Channel.named(value) is None:
        raise ValueError(
            f"unknown channel {value!r}{did_you_mean(value, list(Channel))}: "
            f"use one of {', '.join(Channel)}"
        )
    return value


def _check_holiday(code: Any) -> str:
    if not isinstance(code, str):
        raise ValueError('write a country code as text, e.g. "US" or "GB-SCT"')
    check_holiday_code(code)
    return code


ZoneName = Annotated[str, BeforeValidator(check_zone)]
HolidayCodes = Annotated[
    list[Annotated[str, BeforeValidator(_check_holiday)]],
    BeforeValidator(_as_list),
    _one_or_many({"type": "string", "examples": ["US", "GB-SCT"]}),
]
ChannelName = Annotated[Channel, BeforeValidator(_check_channel)]
Channels = Annotated[
    list[ChannelName],
    BeforeValidator(_as_list),
    _one_or_many({"enum": [c.value for c in Channel]}),
]


class StopEvent(StrEnum):
    REPLY = "reply"
    OPT_OUT = "opt_out"
    BOUNCE = "bounce"
    SPAM_REPORT = "spam_report"
    ACCEPTED_ELSEWHERE = "accepted_elsewhere"
    HIRED = "hired"


ALWAYS_STOP = frozenset({StopEvent.REPLY, StopEvent.OPT_OUT})
# Not bounce: by default a bounced address's email steps fall back to another channel.
DEFAULT_STOPS: tuple[StopEvent, ...] = tuple(e for e in StopEvent if e is not StopEvent.BOUNCE)


class Deadline(Model):
    """Makes a step a final notice that must arrive a lead time before a deadline."""

    from_: Texts = Field(
        alias="from",
        min_length=1,
        description="Where the deadline date is: role.<key> or candidate.<column>; "
        "a list is tried in order.",
    )
    lead: WaitText = Field(
        default="3 business days",
        validate_default=True,
        description="How long before the deadline the notice must arrive.",
    )
    min_gap: WaitText = Field(
        default="2 business days",
        validate_default=True,
        description="When pulled earlier, never closer than this to the previous touch.",
    )


class Step(Model):
    id: str = Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]*$",
        description="Stable name of the step; never rename one that people are enrolled in.",
    )
    channel: ChannelName = Field(description="email, sms, voicemail or linkedin.")
    template: str = Field(
        description="File in templates/messages/ without the .j2 ending, e.g. passive/initial."
    )
    wait: WaitText = Field(
        default="0 days",
        validate_default=True,
        description='Time after the previous touch, e.g. "3-5 business days", "4 hours".',
    )
    fallback: Channels = Field(
        default_factory=list,
        description="Channels to use, in order, when the candidate can't be reached on `channel`.",
    )
    thread: str | None = Field(
        default=None, description="Id of an earlier email step to reply to (Re: its subject)."
    )
    send_window: WindowLines | None = Field(
        default=None, description="Overrides the sequence's send window for this step."
    )
    deadline: Deadline | None = None
    task_expiry: WaitText = Field(
        default="7 days",
        validate_default=True,
        description="How long a LinkedIn task waits for the recruiter; then its message goes "
        "by the step's next channel, or the sequence moves on without it.",
    )

    @cached_property
    def window(self) -> SendWindow | None:
        return SendWindow.parse(self.send_window) if self.send_window else None

    @property
    def channels(self) -> list[Channel]:
        return [self.channel, *(c for c in self.fallback if c is not self.channel)]


class CheckBack(Model):
    """What goes out on the day a person who said "not now, check back in March" named,
    instead of the step they were at: the chase never starts again after it."""

    channel: ChannelName = Field(default=Channel.EMAIL, description="email, sms or linkedin.")
    template: str = Field(
        description="File in templates/messages/ without the .j2 ending; it also sees "
        "check_back.asked_on, .asked_month, .day, .month and .deadline."
    )
    fallback: Channels = Field(
        default_factory=list,
        description="Channels to use, in order, when the candidate can't be reached on `channel`.",
    )
    thread: str | None = Field(
        default=None,
        description="Id of an email step to reply to (Re: its subject), e.g. the one they "
        "answered.",
    )
    send_window: WindowLines | None = Field(
        default=None, description="Overrides the sequence's send window for the check-back."
    )
    open_until: Texts | None = Field(
        default=None,
        description="Where the role's decision deadline is (role.<key> or candidate.<column>): "
        "when it has passed by the day they named, nothing is sent and they are put in "
        "Needs attention. Default: the `deadline: from:` of the sequence's steps.",
    )
    task_expiry: WaitText = Field(
        default="7 days",
        validate_default=True,
        description="How long a LinkedIn check-back task waits for the recruiter.",
    )


class Sequence(Model):
    name: str = Field(default="", description="Defaults to the file name without .yaml.")
    description: str = ""
    timezone: ZoneName = Field(
        default="UTC", description="IANA zone used when a candidate's row has none."
    )
    holidays: HolidayCodes = Field(
        default_factory=list,
        description='Countries whose public holidays are never send days, e.g. ["US", "GB-SCT"].',
    )
    send_window: WindowLines = Field(
        default=[str(DEFAULT_WINDOW)],
        description="When messages may go out, in the candidate's time.",
    )
    quiet_hours: HoursText = Field(
        default=str(TCPA_HOURS),
        validate_default=True,
        description="Texts and calls only; never wider than 08:00-21:00 local time.",
    )
    max_touches: StrictInt | None = Field(default=None, ge=1)
    stop_on: list[StopEvent] = Field(
        default_factory=lambda: list(DEFAULT_STOPS),
        description="Events that end the sequence; reply and opt_out always do. Without "
        "bounce, a bounced address's email steps fall back to another channel or are skipped.",
    )
    candidate_fields: list[str] = Field(
        default_factory=list, description="Custom CSV columns the templates use."
    )
    role: dict[str, Any] = Field(default_factory=dict)
    sender: dict[str, Any] = Field(default_factory=dict)
    steps: list[Step] = Field(min_length=1)
    check_back: CheckBack | None = Field(
        default=None,
        description="What a not-now's resume sends on the day they named (\"you asked me to "
        'get back in touch in March"). Without it, nothing is sent then and they are put in '
        "Needs attention.",
    )
    outcomes: Outcomes = Outcomes()
    replies: Replies = Replies()
    reenroll_after: ReenrollAfter = ReenrollAfter()
    audience: AudienceField = Audience.OUTREACH
    exit_on: ExitOnField = ExitOn()
    same_company: SameCompanyField = "continue"

    # Set by the loader, not written in the file.
    _path: Path = PrivateAttr(default=Path())
    _version: str = PrivateAttr(default="")
    _source: str = PrivateAttr(default="")

    @cached_property
    def window(self) -> SendWindow:
        return SendWindow.parse(self.send_window)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def version(self) -> str:
        """Content hash of the file and its templates: what an enrollment is pinned to."""
        return self._version

    @property
    def source(self) -> str:
        """The YAML text this sequence was read from."""
        return self._source

    def identified(self, path: Path, version: str, source: str) -> Sequence:
        copy = self.model_copy()
        copy._path, copy._version, copy._source = path, version, source
        return copy

    @property
    def stops_on(self) -> frozenset[StopEvent]:
        return ALWAYS_STOP | frozenset(self.stop_on)

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    def open_until(self) -> list[str]:
        """Where the role's decision deadline is: the check-back's, else the steps' own."""
        if self.check_back is not None and self.check_back.open_until:
            return list(self.check_back.open_until)
        return next((list(s.deadline.from_) for s in self.steps if s.deadline), [])

    def deadline_date(self, source: str, candidate_fields: dict[str, Any]) -> date | None:
        """The deadline named by `role.x` or `candidate.x`; None when that value is empty.
        Raises ValueError when it is not a date."""
        scope, _, key = source.partition(".")
        return as_date((self.role if scope == "role" else candidate_fields).get(key))


def as_date(value: Any) -> date | None:
    """A date from YAML (a date or a timestamp) or from a CSV cell (YYYY-MM-DD)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date) or value is None:
        return value
    text = str(value).strip()
    return date.fromisoformat(text) if text else None


def content_version(*parts: bytes) -> str:
    """The version an enrollment is pinned to: a hash of the file and every template it uses."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:12]
