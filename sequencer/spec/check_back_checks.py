"""The whole-file checks of a sequence's `check_back:` (what the resume after a not-now
sends): its template exists, has the blocks its channels need and renders with the
check-back's own variables; its thread names an email step; its `open_until` names a date.
And the check of a deadline source, which steps' `deadline: from:` share."""

from __future__ import annotations

from datetime import date
from typing import Any

from sequencer.spec.candidate_fields import STANDARD_CANDIDATE_FIELDS
from sequencer.spec.fieldtypes import did_you_mean
from sequencer.spec.report import Report
from sequencer.spec.sequence import as_date
from sequencer.spec.template_checks import check_step_template
from sequencer.spec.templates import Fields, TemplateLibrary
from sequencer.spec.yamlsource import PosDict, PosList


def check_back_sample(deadline: bool) -> dict[str, Any]:
    """What `check_back.*` holds when it is sent (engine.checkback.dates), as a sample; its
    deadline is None when the sequence names none."""
    values = {
        "asked_on": date(2026, 12, 7),
        "asked_month": "December",
        "day": date(2027, 3, 1),
        "month": "March",
        "deadline": date(2027, 4, 30) if deadline else None,
    }
    return {"check_back": Fields("check_back", values)}


def check_check_back(report: Report, raw: PosDict, library: TemplateLibrary) -> None:
    spec = raw.get("check_back")
    if not isinstance(spec, PosDict):
        return  # none (the day comes to the recruiter instead), or not a mapping (the schema)
    steps = [s for s in raw.list_at("steps") if isinstance(s, dict)]
    deadline = "open_until" in spec or any("deadline" in s for s in steps)
    check_step_template(report, raw, _with_channel(spec), library, check_back_sample(deadline))
    _check_thread(report, raw, spec)
    for source, at in _sources(spec, "open_until"):
        problem = deadline_source_problem(
            source, raw.dict_at("role"), raw.list_at("candidate_fields")
        )
        if problem:
            report.add(at, problem.replace("deadline source", "open_until source"))


def _with_channel(spec: PosDict) -> PosDict:
    """The check-back as its template checks read it: `channel` defaults to email."""
    if "channel" in spec:
        return spec
    copy = PosDict()
    copy.update(spec, channel="email")
    copy.start, copy.key_positions = spec.start, spec.key_positions
    copy.value_positions = {"channel": spec.start, **spec.value_positions}
    return copy


def _check_thread(report: Report, raw: PosDict, spec: PosDict) -> None:
    target = spec.get("thread")
    if not isinstance(target, str):
        return
    emails = [
        s.get("id")
        for s in raw.list_at("steps")
        if isinstance(s, dict) and s.get("channel") == "email"
    ]
    if spec.get("channel", "email") != "email":
        report.add(spec.value_positions["thread"], "only an email check-back can reply in a thread")
    elif target not in emails:
        hint = did_you_mean(target, [str(e) for e in emails])
        report.add(spec.value_positions["thread"], f"thread {target!r} is not an email step{hint}")


def _sources(spec: PosDict, key: str) -> list[tuple[str, Any]]:
    value = spec.get(key)
    if isinstance(value, PosList):
        return [(str(v), at) for v, at in zip(value, value.item_positions, strict=True)]
    return [(str(value), spec.value_positions[key])] if value is not None else []


def check_deadline_sources(report: Report, raw: PosDict, deadline: PosDict) -> None:
    """Each source a step's `deadline: from:` names."""
    for source, at in _sources(deadline, "from"):
        problem = deadline_source_problem(
            source, raw.dict_at("role"), raw.list_at("candidate_fields")
        )
        if problem:
            report.add(at, problem)


def deadline_source_problem(source: str, role: Any, custom: list[Any]) -> str | None:
    scope, _, key = source.partition(".")
    if scope == "role" and key in role:
        return _not_a_date(source, role[key])
    if scope == "candidate" and key in (*STANDARD_CANDIDATE_FIELDS, *map(str, custom)):
        return None
    options = [f"role.{k}" for k in role] + [f"candidate.{k}" for k in custom]
    return (
        f"deadline source {source!r} does not exist{did_you_mean(source, options)}: "
        "name a key of role: (role.decision_deadline) or a candidate column listed in "
        "candidate_fields (candidate.decision_deadline)"
    )


def _not_a_date(source: str, value: Any) -> str | None:
    try:
        as_date(value)
    except (TypeError, ValueError):
        return f"{source} is {value!r}, not a date: write it as YYYY-MM-DD, e.g. 2027-01-22"
    return None
