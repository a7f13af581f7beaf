"""`holidays: [US]` is checked without importing the holidays package, and never accepts a
code the installed package does not know; a code only a newer package knows still works."""

from __future__ import annotations

import pytest
from holidays.registry import EntityLoader

from sequencer.spec import calendar
from sequencer.spec.holiday_codes import KNOWN_COUNTRIES


def test_every_listed_country_is_one_the_installed_holidays_package_knows() -> None:
    assert set(EntityLoader.get_country_codes(include_aliases=True)) >= KNOWN_COUNTRIES


def test_a_country_the_list_lacks_is_asked_of_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar, "KNOWN_COUNTRIES", frozenset())  # as if holidays were newer
    assert calendar._holiday_spec("de") == ("DE", None)
    with pytest.raises(ValueError, match='unknown country "XX"'):
        calendar._holiday_spec("xx")
