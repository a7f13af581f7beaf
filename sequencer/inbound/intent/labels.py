"""The ten things a reply can mean, and what we read from one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Label(StrEnum):
    INTERESTED = "interested"
    QUESTION = "question"
    NOT_NOW = "not_now"
    NOT_INTERESTED = "not_interested"
    OPT_OUT = "opt_out"
    REFERRAL = "referral"
    WRONG_PERSON = "wrong_person"
    ACCEPTED_ELSEWHERE = "accepted_elsewhere"
    OUT_OF_OFFICE = "out_of_office"
    BOUNCE = "bounce"


@dataclass(frozen=True)
class Reading:
    """What a reply says. `confidence` is the chance the label is right (0-1; a reading at or
    above 0.9 was right at least that often on the held-out corpus); `named_date` is the day it
    names for later (not_now) or for being back (out_of_office), else None; `text` is the
    person's new text only; `language` is one of en, de, fr, es, nl, pt."""

    label: Label
    confidence: float
    language: str
    named_date: date | None
    text: str
    referred_email: str | None = None
    referred_name: str | None = None
