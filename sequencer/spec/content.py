"""Content that is meant to change: this quarter's market note, the next event, an article.

It lives in YAML files of its own (`content/<name>.yaml`, SEQUENCER_CONTENT_DIR), read when a
message is rendered, while a sequence's structure and templates stay pinned to the version
each person started on. A template reads `{{ content.<name>.<key> }}`: editing the file
reaches the next message of everyone already in the pipeline, without `migrate`.

A file is one mapping of names to values (text, numbers, dates, lists, mappings), checked
like a sequence file: every problem is a `path:line:column` diagnostic. A broken or missing
file makes each message that reads it fail with that reason, never go out with a hole.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import nodes

from sequencer.errors import Diagnostic, Severity
from sequencer.spec import yamlsource
from sequencer.spec.fieldtypes import did_you_mean
from sequencer.spec.templates import Fields, MessageTemplate, VariableUse
from sequencer.spec.yamlsource import PosDict, Position

SUFFIX = ".yaml"
WHAT = "a content file"


@dataclass(frozen=True)
class ContentFile:
    name: str  # as templates write it: content.<name>
    path: Path
    values: dict[str, Any]  # empty when the file has errors
    diagnostics: tuple[Diagnostic, ...]

    @property
    def ok(self) -> bool:
        return not any(d.is_error for d in self.diagnostics)


class _File(Fields):
    """One file's values, as templates see `content.<name>`: a key it lacks says so."""

    def __init__(self, file: ContentFile) -> None:
        super().__init__(f"content.{file.name}", file.values)
        self.path = file.path

    def explain(self, key: str) -> str | None:
        hint = did_you_mean(key, self)
        return (
            f"content.{self.label.partition('.')[2]}.{key}: no {key!r} in {self.path}{hint}: "
            f'add it there, or write {{{{ {self.label}.{key} | default("...") }}}}'
        )


class _Shelf(Fields):
    """`content` in a template: each valid file by name; a missing or broken one says why."""

    def __init__(self, content: Content) -> None:
        files = content.files()
        super().__init__("content", {f.name: _File(f) for f in files.values() if f.ok})
        self.content, self.broken = content, {n: f for n, f in files.items() if not f.ok}

    def explain(self, key: str) -> str | None:
        broken = self.broken.get(key)
        if broken is not None:
            first = next(d for d in broken.diagnostics if d.is_error)
            return f"content.{key}: {first}"
        return f"content.{key}: {self.content.missing(key)}"


class Content:
    """The content files of one folder, as they are now: a file is read again once it has
    changed (its size or modification time), so one object may live as long as a web app.
    `folder` None: no folder was given."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._read: dict[Path, tuple[tuple[int, int], ContentFile]] = {}
        self._stamps: tuple[tuple[Path, tuple[int, int]], ...] | None = None
        self._scope: _Shelf | None = None

    def path_of(self, name: str) -> Path:
        return (self.folder or Path("content")) / f"{name}{SUFFIX}"

    def files(self) -> dict[str, ContentFile]:
        stamps = self._stamped()
        for path, stamp in stamps:
            known = self._read.get(path)
            if known is None or known[0] != stamp:
                self._read[path] = (stamp, read_file(path))
        return {path.stem: self._read[path][1] for path, _ in stamps}

    def scope(self) -> Fields:
        """What templates see as `content`."""
        stamps = self._stamped()
        if self._scope is None or stamps != self._stamps:
            self._scope, self._stamps = _Shelf(self), stamps
        return self._scope

    def check(self) -> list[Diagnostic]:
        return [d for file in self.files().values() for d in file.diagnostics]

    def missing(self, name: str) -> str:
        """Why there is no valid `content.<name>`, and what to do."""
        if self.folder is None:
            return "no content folder is set: set SEQUENCER_CONTENT_DIR"
        if not self.folder.is_dir():
            return f"no content folder {self.folder}: create it, or set SEQUENCER_CONTENT_DIR"
        hint = did_you_mean(name, self.files())
        return f"no file {self.path_of(name)}{hint}: create it, or fix the name in the template"

    def _stamped(self) -> tuple[tuple[Path, tuple[int, int]], ...]:
        """Each file, with what tells whether it changed since it was read."""
        if self.folder is None or not self.folder.is_dir():
            return ()
        stamps = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            try:
                status = path.stat()
            except OSError:
                continue  # gone since the folder was listed
            if stat.S_ISREG(status.st_mode):
                stamps.append((path, (status.st_mtime_ns, status.st_size)))
        return tuple(stamps)


def read_file(path: Path) -> ContentFile:
    problems: list[Diagnostic] = []

    def add(at: Position, message: str, severity: Severity = Severity.ERROR) -> None:
        problems.append(Diagnostic(str(path), at.line, at.column, message, severity))

    if not path.stem.isidentifier():
        fixed = "_".join(path.stem.replace("-", " ").split())
        add(Position(1, 1), f"templates name this file content.<name>: rename it {fixed}{SUFFIX}")
    raw = _parse(path, add)
    values = _checked(raw, add) if raw is not None else {}
    ok = not problems
    return ContentFile(path.stem, path, values if ok else {}, tuple(problems))


def _parse(path: Path, add: Any) -> PosDict | None:
    try:
        raw, duplicates = yamlsource.load(yamlsource.read_text(path, WHAT))
    except yamlsource.Unreadable as exc:
        add(exc.position, exc.message)
        return None
    except (OSError, UnicodeDecodeError) as exc:
        add(Position(1, 1), f"cannot read it ({exc}): save it as UTF-8 text")
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        add(at, f"not valid YAML: {getattr(exc, 'problem', None) or exc}: check the indentation")
        return None
    for duplicate in duplicates:
        first = f"{duplicate.first.line}:{duplicate.first.column}"
        add(duplicate.position, f"{duplicate.key!r} is written twice (first at {first})")
    if not isinstance(raw, PosDict):
        add(Position(1, 1), "write this file as names and values, e.g. `market_note: ...`")
        return None
    return raw


def _checked(raw: PosDict, add: Any) -> dict[str, Any]:
    for key, value in raw.items():
        if not key.isidentifier():
            add(raw.key_positions[key], f"{key!r} cannot be read in a template: use letters, "
                "digits and _ only, e.g. market_note")  # fmt: skip
        elif _empty(value):
            add(raw.value_positions[key], f"{key} is empty: write this quarter's text, or "
                "remove it and the templates that read it")  # fmt: skip
    return dict(_plain(raw))


def _empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, list | dict) and not value)


def _plain(value: Any) -> Any:
    """Plain dicts and lists, without the positions the loader keeps on them."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@lru_cache(maxsize=256)
def content_uses(template: MessageTemplate) -> tuple[VariableUse, ...]:
    """Each `content.<file>.<key>` the template reads (`content.<file>` when it reads the
    whole file), with its line."""
    tree = template.tree
    uses = []
    for node in tree.find_all(nodes.Getattr):
        inner = node.node
        if isinstance(inner, nodes.Name) and inner.name == "content":
            uses.append(VariableUse(f"content.{node.attr}", node.lineno))
        elif _is_content(inner):
            assert isinstance(inner, nodes.Getattr)
            uses.append(VariableUse(f"content.{inner.attr}.{node.attr}", node.lineno))
    # `content.a.b` is also a Getattr of `content.a`: keep the longest name read at a place.
    longer = {(u.name.rpartition(".")[0], u.line) for u in uses if u.name.count(".") == 2}
    return tuple(u for u in uses if (u.name, u.line) not in longer)


# Ways a template brings in another one, which may read anything.
_OTHER_TEMPLATES = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)


@lru_cache(maxsize=256)
def may_read(template: MessageTemplate) -> bool:
    """Whether the template can read `content` at all: it names it somewhere, or brings in
    another template. A message from one that cannot is rendered without looking at the
    folder (`Content.scope` looks at every file of it)."""
    tree = template.tree
    if any(name.name == "content" for name in tree.find_all(nodes.Name)):
        return True
    return next(tree.find_all(_OTHER_TEMPLATES), None) is not None


def _is_content(node: nodes.Node) -> bool:
    """`content.<file>`"""
    return (
        isinstance(node, nodes.Getattr)
        and isinstance(node.node, nodes.Name)
        and node.node.name == "content"
    )


def check_uses(template: MessageTemplate, content: Content | None) -> list[tuple[VariableUse, str]]:
    """Each `content.*` the template reads that the content folder does not give, and why.
    Without a folder (`content` None: a sequence loaded by the daemon) nothing is checked."""
    if content is None:
        return []
    files, problems = content.files(), []
    for use in content_uses(template):
        name, _, key = use.name.removeprefix("content.").partition(".")
        file = files.get(name)
        if file is None:
            problems.append((use, f"{use.name}: {content.missing(name)}"))
        elif not file.ok:
            problems.append((use, f"{use.name}: {file.path} has errors (listed with it)"))
        elif key and key not in file.values:
            problems.append((use, str(_File(file).explain(key))))
    return problems


def sample_scope(template: MessageTemplate, content: Content | None, sample: str) -> Fields:
    """`content` for checking a template: the real files when there is a folder, else
    `sample` for every value the template reads."""
    if content is not None:
        return content.scope()
    files: dict[str, dict[str, Any]] = {}
    for use in content_uses(template):
        name, _, key = use.name.removeprefix("content.").partition(".")
        files.setdefault(name, {}).update({key: sample} if key else {})
    return Fields("content", {n: Fields(f"content.{n}", v) for n, v in files.items()})
