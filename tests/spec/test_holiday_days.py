"""Holidays kept on disk (`sequencer preview` keeps them, so that only its first run imports
the holidays package) are the package's own dates, and a damaged or unwritable file changes
nothing but the speed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import holidays
import pytest

from sequencer.spec import holiday_days
from sequencer.spec.sequence import is_zone, zone_names

CALENDARS = [("US", None, 2026), ("GB", "SCT", 2027), ("DE", "BY", 2026)]


@pytest.fixture
def kept(tmp_path: Path) -> Iterator[Path]:
    holiday_days.keep_in(tmp_path)
    yield tmp_path
    holiday_days.keep_in(None)


def _package(country: str, region: str | None, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, subdiv=region, years=year))


def _kept_file(folder: Path) -> Path:
    [path] = folder.glob("holidays-*.json")
    return path


@pytest.mark.parametrize(("country", "region", "year"), CALENDARS)
def test_kept_dates_are_the_packages_first_and_second_time(
    kept: Path, country: str, region: str | None, year: int
) -> None:
    first = holiday_days.holidays_in(country, region, year)
    assert first == _package(country, region, year)
    assert holiday_days.holidays_in(country, region, year) == first  # now read from the file
    assert f"holidays-{holidays.__version__}.json" == _kept_file(kept).name


def test_the_file_is_what_is_read(kept: Path) -> None:
    holiday_days.holidays_in("US", None, 2026)
    path = _kept_file(kept)
    kept_days = json.loads(path.read_text(encoding="utf-8"))
    kept_days["US"]["2026"] = ["2026-03-03"]  # what a later process would trust
    path.write_text(json.dumps(kept_days), encoding="utf-8")
    assert holiday_days.holidays_in("US", None, 2026) == {date(2026, 3, 3)}


@pytest.mark.parametrize(
    "damage",
    ["not json", "[]", '{"US": ["2026-01-01"]}', '{"US": {"2026": ["the first"]}}'],
)
def test_a_damaged_file_is_computed_again_and_mended(kept: Path, damage: str) -> None:
    holiday_days.holidays_in("US", None, 2027)  # names the file
    _kept_file(kept).write_text(damage, encoding="utf-8")
    assert holiday_days.holidays_in("US", None, 2026) == _package("US", None, 2026)
    assert holiday_days.holidays_in("US", None, 2026) == _package("US", None, 2026)
    assert "2026" in json.loads(_kept_file(kept).read_text(encoding="utf-8"))["US"]


def test_a_folder_that_cannot_be_written_keeps_nothing_and_changes_nothing(
    tmp_path: Path,
) -> None:
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("", encoding="utf-8")
    holiday_days.keep_in(in_the_way / "cache")
    try:
        assert holiday_days.holidays_in("US", None, 2026) == _package("US", None, 2026)
    finally:
        holiday_days.keep_in(None)
    assert [p.name for p in tmp_path.iterdir()] == ["a file"]


def test_a_zone_is_known_as_listing_every_zone_knows_it() -> None:
    assert all(is_zone(name) for name in zone_names())
    for name in ("posixrules", "Mars/Olympus_Mons", "zone.tab", "", "America"):
        assert is_zone(name) is (name in zone_names())
