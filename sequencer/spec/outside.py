"""What the world outside the thread does to a sequence: the `audience:`, `exit_on:` and
`same_company:` parts of a sequence file (docs/recruiters/ats-and-calendars.md).

An ATS (Greenhouse, Lever, Ashby) or a scheduling tool (Calendly, Cal.com) tells us that a
person applied, was rejected, hired, moved to a stage, or booked a meeting. What follows for
each of those is the sequence's `outcomes:`; these say which sequences it reaches at all.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from sequencer.spec.fieldtypes import Model


class Audience(StrEnum):
    """Whom a sequence is for: people we reach out to, or people who applied."""

    OUTREACH = "outreach"
    APPLICANTS = "applicants"


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


def stage_name(name: str) -> str:
    """How stage names are compared: "Phone  screen" is "phone screen"."""
    return " ".join(name.split()).casefold()


class ExitOn(Model):
    """Stages of the ATS that end this sequence when a person is moved to one."""

    stage: Annotated[list[str], BeforeValidator(_as_list)] = Field(
        default_factory=list,
        description='Stage names as your ATS shows them (any case), e.g. ["Phone Screen", '
        '"Onsite"]; for Lever, the meanings given in LEVER_STAGES.',
    )

    def ends_at(self, stage: str | None) -> bool:
        """Whether moving to `stage` ends the sequence."""
        return stage is not None and stage_name(stage) in {stage_name(s) for s in self.stage}


AudienceField = Annotated[
    Audience,
    Field(
        description="outreach (default) or applicants: an application in the ATS stops "
        "outreach sequences, not applicant ones.",
    ),
]
ExitOnField = Annotated[
    ExitOn,
    Field(description='ATS events that end this sequence, e.g. {stage: ["Phone Screen"]}.'),
]
SameCompany = Literal["pause", "continue"]
SameCompanyField = Annotated[
    SameCompany,
    Field(
        description="pause: when someone at the same company (same `company`, or the same "
        "email domain that is not a free-mail one) replies with interest or books a meeting, "
        "this sequence pauses for the others there and the recruiter is told; continue "
        "(default): it goes on.",
    ),
]
