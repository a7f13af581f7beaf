"""The public holidays of one calendar in one year, as dates: from the holidays package, or from
the file where an earlier process kept them.

To compute one country's year, the package imports every country's calendar: about 80 ms, an
eighth of a one-candidate `sequencer preview` (`python -X importtime`; bench/cli_bench.py).
One release of the package always gives the same dates, so a command that starts often keeps
them (`keep_in`): one JSON file per release of the package, `{"US": {"2026": ["2026-01-01",
...]}, "GB-SCT": ...}`, and a new release computes them again. A file that cannot be read, or
holds something else, is computed again; one that cannot be written is no error. Nothing is
kept unless a command asks (`sequencer preview` does, in `SEQUENCER_CACHE_DIR`).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

_kept_in: Path | None = None


def keep_in(folder: Path | None) -> None:
    """From now on, in this process and those it forks, keep computed years in `folder`
    (None: keep none)."""
    global _kept_in
    _kept_in = folder


def holidays_in(country: str, region: str | None, year: int) -> frozenset[date]:
    """The public holidays of `country` (and `region`, spelt as the package spells it) in
    `year`, as `holidays.country_holidays` gives them."""
    name = f"{country}-{region}" if region else country
    path = _file()
    kept = _read(path).get(name, {}).get(str(year)) if path else None
    if kept is not None:
        try:
            return frozenset(date.fromisoformat(day) for day in kept)
        except (TypeError, ValueError):
            pass  # not a list of dates: computed again, and written over
    days = _computed(country, region, year)
    if path is not None:
        _write(path, name, year, days)
    return days


def _computed(country: str, region: str | None, year: int) -> frozenset[date]:
    import holidays  # 80 ms with every country: only for a year not kept

    return frozenset(holidays.country_holidays(country, subdiv=region, years=year))


def _file() -> Path | None:
    """The kept years' file for the installed release of the package (None: none kept)."""
    release = _release() if _kept_in is not None else None
    return _kept_in / f"holidays-{release}.json" if _kept_in and release else None


@functools.cache
def _release() -> str | None:
    from importlib import metadata  # already loaded by pydantic: 3 ms to ask it

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # run from a source tree: no release to key on
        return None


def _read(path: Path) -> dict[str, Any]:
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, unreadable, or not JSON
        return {}
    if not isinstance(kept, dict) or not all(isinstance(v, dict) for v in kept.values()):
        return {}
    return kept


def _write(path: Path, name: str, year: int, days: frozenset[date]) -> None:
    """Add the year to the file, read again just before: another process may have added
    others. Written whole and then renamed, so a reader never sees half a file."""
    kept = _read(path)
    kept.setdefault(name, {})[str(year)] = sorted(day.isoformat() for day in days)
    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
        ) as out:
            written = Path(out.name)
            json.dump(kept, out, sort_keys=True)
        os.replace(written, path)
    except OSError:  # a read-only home, a full disk: the next process computes them again
        with contextlib.suppress(OSError):
            if written is not None:
                written.unlink(missing_ok=True)
