"""What a report needs of a sequence version it shows beside each enrollment: its steps' ids
in order, and the id of the step an enrollment waits for (a check-back's included).

Read from the stored YAML with the loader `validate` uses, without checking it again: a
stored version was checked in full when it was stored, and never changes. `status --json`
reads its versions so (issue 17): checking one again (pydantic, Jinja2, the wording and
calendar checks, and their imports) cost 0.3 s of a start, for the ids alone.
"""

from __future__ import annotations

from datetime import date

from sequencer.spec import yamlsource

CHECK_BACK = "check-back"  # a check-back's step id: `check-back-<the day they named>`

StepIds = tuple[str, ...]


def check_back_id(day: date) -> str:
    """The step id of the check-back for the day a person named: unique per enrollment, as
    every step's is, so a second not-now gets a check-back of its own."""
    return f"{CHECK_BACK}-{day:%Y-%m-%d}"


def step_ids(source: str) -> StepIds:
    """The ids of a stored version's steps, in the file's order."""
    data, _ = yamlsource.load(source)
    return tuple(step["id"] for step in data["steps"])


def waiting_step(steps: StepIds, next_step: int, check_back_on: date | None) -> str | None:
    """The step whose send an enrollment waits for: its check-back, or its next step (none
    past the last)."""
    if check_back_on is not None:
        return check_back_id(check_back_on)
    return steps[next_step] if next_step < len(steps) else None
