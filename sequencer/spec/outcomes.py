"""What follows each outcome, and what the reading of a reply may do on its own: the
`outcomes:` and `replies:` parts of a sequence file."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from sequencer.spec.fieldtypes import Model, WaitText
from sequencer.spec.timetext import Unit, Wait


class MoveTo(Model):
    move_to: str = Field(description="Name of the sequence to move the person to.")
    after: WaitText | None = Field(
        default=None,
        description="How long after the outcome they start there (its first step's wait "
        "then applies).",
    )


StopOrMove = Literal["stop"] | MoveTo
_NURTURE = "nurture-quarterly"


class Outcomes(Model):
    """What follows each outcome; the defaults are the rules of respectful follow-up."""

    no_answer: StopOrMove = MoveTo(move_to=_NURTURE, after=Wait(2, 2, Unit.WEEKS))
    # A warm track is about one role (its team, its work), so no default can name one for
    # every sequence, and the generic pipeline is no answer to "tell me more": the recruiter
    # takes over unless the sequence names its warm track (passive-candidate-warm).
    interested: StopOrMove = "stop"
    not_now: Literal["pause", "stop"] = "pause"
    accepted_elsewhere: StopOrMove = MoveTo(move_to=_NURTURE, after=Wait(12, 12, Unit.MONTHS))
    replied: Literal["stop"] = "stop"
    opted_out: Literal["stop"] = "stop"
    hired: StopOrMove = "stop"
    declined: StopOrMove = "stop"  # "not interested, thanks"
    applied: StopOrMove = "stop"  # applied through the ATS
    meeting_booked: StopOrMove = "stop"  # booked a call through the scheduling link
    rejected: StopOrMove = "stop"  # rejected or archived in the ATS


class ReenrollAfter(Model):
    """How long nobody may enroll a person again, in any sequence, after they declined or
    were rejected (`sequencer enroll --role-changed` overrides it). Hired: until lifted."""

    declined: WaitText = Field(default="12 months", validate_default=True)
    rejected: WaitText = Field(default="6 months", validate_default=True)


class Replies(Model):
    """What the reading of a reply may do without the recruiter (docs/recruiters/replies.md)."""

    auto_apply: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="Apply what a reply says, as if you had marked it, when its reading is at "
        "least this sure (0-1, e.g. 0.9); empty: every reply waits for you. Opt-outs, "
        "out-of-office notes and bounces always apply.",
    )
    not_now_wait: WaitText = Field(
        default="3 months",
        validate_default=True,
        description="How long a not-now that names no date holds them when applied automatically.",
    )
