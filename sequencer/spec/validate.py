"""Load a sequence file and check it, with every problem placed at file:line:column.

All problems in a file are reported in one run: the schema errors from pydantic, then the
checks that need the whole file (step references, deadline sources) and the templates.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from sequencer.errors import Diagnostic, SequenceError, SequencerError, Severity
from sequencer.spec import yamlsource
from sequencer.spec.calendar import TCPA_HOURS
from sequencer.spec.check_back_checks import check_check_back, check_deadline_sources
from sequencer.spec.content import Content
from sequencer.spec.fieldtypes import did_you_mean
from sequencer.spec.report import Report
from sequencer.spec.sequence import Sequence, check_zone, content_version
from sequencer.spec.template_checks import check_step_template
from sequencer.spec.templates import TemplateLibrary
from sequencer.spec.timetext import TimeRange
from sequencer.spec.yamlsource import PosDict, Position, PosList

YAML_HINT = (
    "check the indentation, put a space after each colon, and quote text that contains ': ' or '#'"
)

OUTCOME_HINT = (
    "write stop, pause (not_now only), or where to move the person, e.g. "
    "{move_to: nurture-quarterly, after: 2 weeks}"
)


def sequence_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        yield from sorted(path.glob("*.y*ml")) if path.is_dir() else [path]


def find_sequence(directory: Path, name: str) -> Path:
    """A sequence is a path, or a name in the sequences directory."""
    as_path = Path(name)
    if as_path.is_file():
        return as_path
    for candidate in (directory / f"{name}.yaml", directory / name):
        if candidate.is_file():
            return candidate
    known = ", ".join(p.stem for p in sequence_files([directory])) or "none"
    raise SequencerError(f"no sequence {name!r}: give a path or one of: {known}")


def named_loader(
    directory: Path, templates: Path, content: Path | None = None
) -> Callable[[str], tuple[Sequence, TemplateLibrary]]:
    """Loads sequences by name from the files, as a pass that moves people needs them; their
    messages read the `content` folder as it is when each is rendered."""

    def load(name: str) -> tuple[Sequence, TemplateLibrary]:
        library = TemplateLibrary(templates)
        sequence = load_sequence(find_sequence(directory, name), library)[0]
        library.content = Content(content) if content is not None else None
        return sequence, library

    return load


def load_sequence(
    path: Path, library: TemplateLibrary, text: str | None = None, stored: bool = False
) -> tuple[Sequence, list[Diagnostic]]:
    """The sequence and its warnings; raises SequenceError listing every error.

    `stored`: a version kept in the database, checked when it was stored; the files beside
    it (other sequences its outcomes name) may have changed since, and don't matter to it."""
    report = check_file(path, library, text, stored)
    if not report.ok or report.sequence is None:
        raise SequenceError([d for d in report.diagnostics if d.is_error])
    return report.sequence, report.diagnostics


def check_file(
    path: Path, library: TemplateLibrary, text: str | None = None, stored: bool = False
) -> Report:
    """Checks `path` (or `text`, read from it earlier) and the templates it uses."""
    report = Report(path)
    raw = _read(report, text)
    if raw is None:
        return report
    report.sequence = _validate_schema(report, raw)
    _check_whole_file(report, raw, library)
    if not stored:
        _check_outcomes(report, raw)
    report.diagnostics = _in_order(report)
    if report.sequence is not None and report.ok:
        report.sequence = _with_identity(report.sequence, report, library)
    return report


def _read(report: Report, text: str | None) -> PosDict | None:
    try:
        text = yamlsource.read_text(report.path) if text is None else text
        report.text = text
        data, duplicates = yamlsource.load(text)
    except yamlsource.Unreadable as exc:
        report.add(exc.position, exc.message)
        return None
    except OSError as exc:
        report.add(Position(0, 0), f"cannot read the file: {exc.strerror}")
        return None
    except UnicodeDecodeError as exc:
        report.add(
            Position(1, 1),
            f"not UTF-8 text ({exc.reason} at byte {exc.start}): save the file as UTF-8",
        )
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        problem = getattr(exc, "problem", None) or str(exc)
        report.add(at, f"not valid YAML: {problem}: {YAML_HINT}")
        return None
    for dup in duplicates:
        report.add(
            dup.position, f"{dup.key!r} appears twice (first on line {dup.first.line}): keep one"
        )
    if not isinstance(data, PosDict):
        report.add(Position(1, 1), "a sequence file is a mapping of keys such as name: and steps:")
        return None
    return data


def _validate_schema(report: Report, raw: PosDict) -> Sequence | None:
    try:
        return Sequence.model_validate({"name": report.path.stem, **raw})
    except ValidationError as exc:
        for error in exc.errors():
            _report_schema_error(report, raw, error)
        return None


def _report_schema_error(report: Report, raw: PosDict, error: Any) -> None:
    loc, kind = tuple(error["loc"]), error["type"]
    if kind == "extra_forbidden":
        allowed = sorted(_fields_at(loc[:-1]))
        key = str(loc[-1])
        report.add(
            yamlsource.locate(raw, loc, key=True),
            f"unknown key {key!r}{did_you_mean(key, allowed)}: allowed here: {', '.join(allowed)}",
        )
    elif kind == "missing":
        report.add(yamlsource.locate(raw, loc[:-1]), f"missing required key {loc[-1]!r}")
    elif loc[:1] == ("outcomes",) and len(loc) > 2:
        _report_outcome_error(report, raw, loc, error)
    else:
        report.add(yamlsource.locate(raw, loc), f"{_label(loc)}: {_plain(error)}")


def _report_outcome_error(report: Report, raw: PosDict, loc: tuple[Any, ...], error: Any) -> None:
    """An outcome is a word or a {move_to, after} mapping; pydantic tries both, so report
    the attempt that matches what was written."""
    written_as_mapping = isinstance(raw.dict_at("outcomes").get(loc[1]), dict)
    if written_as_mapping != (loc[2] == "MoveTo"):
        return
    if written_as_mapping:
        inner = (*loc[:2], *loc[3:])
        report.add(yamlsource.locate(raw, inner), f"{_label(inner)}: {_plain(error)}")
    else:
        report.add(yamlsource.locate(raw, loc[:2]), f"outcome {loc[1]}: {OUTCOME_HINT}")


# pydantic's wording, in words a recruiter uses.
PLAIN_MESSAGES = {
    "model_type": "write this as keys and values on their own lines (e.g. `id: initial`)",
    "model_attributes_type": "write this as keys and values on their own lines",
    "dict_type": "write this as keys and values on their own lines",
    "list_type": "write this as a list: one item per line, each starting with '- '",
    "string_type": "write this as text",
    "int_type": "write a whole number, e.g. 4",
    "int_parsing": "write a whole number, e.g. 4",
    "too_short": "this list needs at least one item",
}


def _plain(error: Any) -> str:
    if error["type"] == "string_pattern_mismatch":
        return "use only letters, digits, '-' and '_' (no spaces), e.g. follow-up-1"
    if error["type"] == "greater_than_equal":
        return f"must be at least {error['ctx']['ge']}"
    if error["type"] == "greater_than":
        return f"must be more than {error['ctx']['gt']:g}"
    if error["type"] == "less_than_equal":
        return f"must be at most {error['ctx']['le']:g}"
    if error["type"] == "literal_error":
        return f"write {error['ctx']['expected']}"
    message = PLAIN_MESSAGES.get(error["type"]) or str(error["msg"])
    return message.removeprefix("Value error, ")


def _label(loc: tuple[Any, ...]) -> str:
    words = [str(p) for p in loc if isinstance(p, str) and not p[:1].isupper()]
    words = [w for w in words if not w.startswith(("literal[", "list["))]
    return words[-1] if words else "value"


def _fields_at(loc: tuple[Any, ...]) -> set[str]:
    """The keys allowed at a location, found by walking the models along it."""
    model: type[BaseModel] = Sequence
    for part in loc:
        if isinstance(part, str) and part in _aliases(model):
            model = _submodel(model.model_fields[_aliases(model)[part]].annotation) or model
    return {f.alias or name for name, f in model.model_fields.items() if not f.exclude}


def _aliases(model: type[BaseModel]) -> dict[str, str]:
    return {(f.alias or name): name for name, f in model.model_fields.items()}


def _submodel(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for arg in typing.get_args(annotation):
            if found := _submodel(arg):
                return found
    return None


def _check_whole_file(report: Report, raw: PosDict, library: TemplateLibrary) -> None:
    steps = raw.get("steps")
    if isinstance(steps, PosList):
        _check_step_ids(report, steps)
        _check_threads(report, steps)
        _check_deadlines(report, raw, steps)
        for step in steps:
            if isinstance(step, PosDict):
                check_step_template(report, raw, step, library)
    check_check_back(report, raw, library)
    _check_sender(report, raw)
    _check_limits(report, raw)


def _check_step_ids(report: Report, steps: PosList) -> None:
    seen: dict[str, int] = {}
    for step in steps:
        if not isinstance(step, PosDict) or not isinstance(step.get("id"), str):
            continue
        step_id = step["id"]
        if step_id in seen:
            report.add(
                step.value_positions["id"],
                f"step id {step_id!r} is used twice "
                f"(first on line {seen[step_id]}): give each step its own id",
            )
        seen.setdefault(step_id, step.value_positions["id"].line)


def _check_threads(report: Report, steps: PosList) -> None:
    earlier: dict[str, Any] = {}
    for step in steps:
        if not isinstance(step, PosDict):
            continue
        target = step.get("thread")
        if target is not None and not isinstance(target, str):
            continue  # reported by the schema
        if target is not None and step.get("channel") != "email":
            report.add(step.value_positions["thread"], "only an email step can reply in a thread")
        elif target is not None and earlier.get(target) != "email":
            hint = did_you_mean(str(target), [k for k, v in earlier.items() if v == "email"])
            report.add(
                step.value_positions["thread"],
                f"thread {target!r} is not an earlier email step{hint}",
            )
        if isinstance(step.get("id"), str):
            earlier[step["id"]] = step.get("channel")


def _check_deadlines(report: Report, raw: PosDict, steps: PosList) -> None:
    for step in steps:
        deadline = step.get("deadline") if isinstance(step, PosDict) else None
        if isinstance(deadline, PosDict):
            check_deadline_sources(report, raw, deadline)


def _check_sender(report: Report, raw: PosDict) -> None:
    sender = raw.get("sender")
    if isinstance(sender, PosDict) and "timezone" in sender:
        try:
            check_zone(sender["timezone"])
        except ValueError as exc:
            report.add(sender.value_positions["timezone"], f"sender timezone: {exc}")


def _check_outcomes(report: Report, raw: PosDict) -> None:
    outcomes = raw.get("outcomes")
    if not isinstance(outcomes, PosDict):
        return
    siblings = [p.stem for p in report.path.parent.glob("*.y*ml")]
    for name, action in outcomes.items():
        target = action.get("move_to") if isinstance(action, PosDict) else None
        if isinstance(target, str) and target not in siblings:
            report.add(
                action.value_positions["move_to"],
                f"outcome {name} moves people to {target!r}, but there is no "
                f"{target}.yaml beside this file{did_you_mean(target, siblings)}",
            )


def _check_limits(report: Report, raw: PosDict) -> None:
    hours = raw.get("quiet_hours")
    if isinstance(hours, str):
        try:
            configured = TimeRange.parse(hours)
        except ValueError:
            return  # already reported by the schema
        if configured.intersect(TCPA_HOURS) is None:
            report.add(
                raw.value_positions["quiet_hours"],
                f"quiet_hours {configured} lie outside {TCPA_HOURS}, the only hours the "
                "law allows for texts and calls: no text or call could ever be sent",
            )
        elif configured.intersect(TCPA_HOURS) != configured:
            report.add(
                raw.value_positions["quiet_hours"],
                f"quiet_hours {configured} is wider than the law allows for texts and "
                f"calls; {TCPA_HOURS} in the recipient's local time is used",
                Severity.WARNING,
            )
    steps, cap = raw.get("steps"), raw.get("max_touches")
    if isinstance(steps, list) and isinstance(cap, int) and 0 < cap < len(steps):
        report.add(
            raw.value_positions["max_touches"],
            f"max_touches is {cap} but there are {len(steps)} steps: the steps after "
            f"touch {cap} will never be sent",
            Severity.WARNING,
        )


def template_sources(sequence: Sequence, library: TemplateLibrary) -> dict[str, str]:
    """Each template the sequence uses, by name, in name order: part of its version."""
    check_back = [sequence.check_back.template] if sequence.check_back else []
    names = sorted({*(step.template for step in sequence.steps), *check_back})
    return {name: library.get(name).source for name in names}


def _with_identity(sequence: Sequence, report: Report, library: TemplateLibrary) -> Sequence:
    sources = [text.encode() for text in template_sources(sequence, library).values()]
    version = content_version(report.text.encode(), *sources)
    return sequence.identified(report.path, version, report.text)


def _in_order(report: Report) -> list[Diagnostic]:
    """The sequence file's own problems first, then each template's; no repeats."""
    unique = dict.fromkeys(report.diagnostics)
    return sorted(unique, key=lambda d: (d.path != str(report.path), d.path, d.line, d.column))
