"""The channels a step can use, and what each needs from a candidate."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    VOICEMAIL = "voicemail"
    LINKEDIN = "linkedin"

    @property
    def is_phone(self) -> bool:
        """Texts and calls: bound by quiet hours and consent."""
        return self in (Channel.SMS, Channel.VOICEMAIL)

    @classmethod
    def named(cls, name: object) -> Channel | None:
        """The channel called `name`, or None for anything else (a typo, a list, a number)."""
        return next((channel for channel in cls if channel.value == name), None)
