"""YAML that remembers where every key and value was written.

Recruiters edit these files by hand, so each error must point at `file:line:column`. PyYAML
keeps positions on its nodes but drops them when it builds Python objects; this loader keeps
them on the dicts and lists it builds, and reports duplicate keys, which PyYAML would silently
let the last one win.

It also bounds what it takes on (`Unreadable`): a file over MAX_BYTES, or nested deeper than
MAX_DEPTH (PyYAML builds nested nodes by recursion, so 20,000 `[` would end in RecursionError).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

# A sequence file is a few kB, nested five or six levels deep.
MB = 1024 * 1024
MAX_BYTES = MB
MAX_DEPTH = 100
MAX_EXPANDED = 4 * MB  # its text with every alias (*name) written out


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


def _position(node: Node) -> Position:
    return _at(node.start_mark)


def _at(mark: Mark) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class Unreadable(Exception):
    """A file beyond what any sequence needs: the message says where and what to do."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


def read_text(path: Path, what: str = "a sequence file") -> str:
    """The file as UTF-8 text (UnicodeDecodeError if it is not; OSError if it can't be read);
    Unreadable beyond MAX_BYTES, without reading more than that."""
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise Unreadable(Position(1, 1), too_large(path.stat().st_size, what))
    # Line ends as Path.read_text gives them: the text is also what a version is a hash of.
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def too_large(size: int, what: str) -> str:
    return (
        f"the file is {size / MB:.1f} MB, and {what} may be at most {MAX_BYTES // MB} MB: "
        "check that this is the right file"
    )


class PosDict(dict[str, Any]):
    """A mapping plus the position of the mapping, of each key and of each value."""

    def __init__(self) -> None:
        super().__init__()
        self.start = Position(0, 0)
        self.key_positions: dict[str, Position] = {}
        self.value_positions: dict[str, Position] = {}

    def list_at(self, key: str) -> list[Any]:
        """The list under `key`, or [] when it is missing or not a list (reported elsewhere)."""
        value = self.get(key)
        return value if isinstance(value, list) else []

    def dict_at(self, key: str) -> dict[str, Any]:
        value = self.get(key)
        return value if isinstance(value, dict) else {}


class PosList(list[Any]):
    def __init__(self) -> None:
        super().__init__()
        self.start = Position(0, 0)
        self.item_positions: list[Position] = []


@dataclass(frozen=True)
class DuplicateKey:
    key: str
    position: Position
    first: Position


class _Checks:
    """What both loaders below check as they build: the depth of nesting, the size aliases
    expand to, values that cannot be read."""

    duplicates: list[DuplicateKey]
    depth = 0
    # Each node's size once its aliases are expanded (by id: the nodes live as long as this).
    sizes: dict[int, int]

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                event = self.peek_event()  # type: ignore[attr-defined]
                raise Unreadable(
                    _at(event.start_mark),
                    f"nested deeper than {MAX_DEPTH} levels: a sequence file needs a handful; "
                    "check the brackets and the indentation",
                )
            node: Node | None = super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self.depth -= 1
        if node is not None:
            self._count(node)
        return node

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except ValueError as exc:  # a date that isn't one (2027-02-30), a 5,000-digit number
            raise Unreadable(
                _position(node),
                f"{str(node.value)[:40]!r} cannot be read ({exc}): write it as it should be, "
                "or in quotes to keep it as text",
            ) from None

    def _count(self, node: Node) -> None:
        """Refuse aliases that expand to megabytes (a "billion laughs"): PyYAML shares the
        node, but whatever walks or prints the data would not."""
        if id(node) in self.sizes:
            return  # an alias: its size was counted where its anchor was written
        children = _children(node)
        size = 1 + len(node.value) if isinstance(node, ScalarNode) else 1
        size += sum(self.sizes.get(id(child), 1) for child in children)
        self.sizes[id(node)] = size
        if size > MAX_EXPANDED:
            raise Unreadable(
                _position(node),
                f"aliases (*name) make this more than {MAX_EXPANDED // MB} MB of text once "
                "expanded: a sequence file has a few kB; use fewer aliases",
            )


class _Loader(_Checks, yaml.SafeLoader):
    """PyYAML's own reader, scanner and parser, in Python: the error messages recruiters
    see (and their positions) are this loader's."""


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


# YAML 1.1 reads yes/no/on/off as booleans, so `holidays: [NO]` (Norway) became False.
# Only true/false are booleans here, as in YAML 1.2.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _Loader, node: MappingNode) -> PosDict:
    result = PosDict()
    result.start = _position(node)
    # Keys merged in with `<<: *anchor` may be overridden; only keys written here twice clash.
    written_here = {id(key) for key, _ in node.value if key.tag != "tag:yaml.org,2002:merge"}
    first_written: set[str] = set()
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = str(loader.construct_object(key_node, deep=True))
        if id(key_node) in written_here:
            if key in first_written:
                loader.duplicates.append(
                    DuplicateKey(key, _position(key_node), result.key_positions[key])
                )
            first_written.add(key)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_positions[key] = _position(key_node)
        result.value_positions[key] = _position(value_node)
    return result


def _construct_sequence(loader: _Loader, node: SequenceNode) -> PosList:
    result = PosList()
    result.start = _position(node)
    for item in node.value:
        result.append(loader.construct_object(item, deep=True))
        result.item_positions.append(_position(item))
    return result


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)

_FastLoader: type[_Checks] | None = None
try:
    from yaml._yaml import CParser  # libyaml's scanner and parser, in C
except ImportError:  # PyYAML built without libyaml: every file is read by _Loader
    pass
else:

    class _CLoader(_Checks, Composer, CParser, SafeConstructor, Resolver):
        """libyaml's scanner and parser (in C) under the same composer, resolver and
        constructors as `_Loader`: the same data and positions, four times quicker for the
        files `validate` and `preview` read at every start (issue 17). A file it cannot
        read is read again by `_Loader`, for its words."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    _CLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
    _CLoader.yaml_constructors = _Loader.yaml_constructors
    _FastLoader = _CLoader


def load(text: str) -> tuple[Any, list[DuplicateKey]]:
    """Parse YAML text; raises yaml.YAMLError (with a problem_mark) on bad syntax, Unreadable
    when it is nested too deep."""
    # libyaml takes some tabs PyYAML's own scanner refuses ("a:\t1"): a file with a tab is
    # read by the Python loader alone, so what is valid never depends on how PyYAML was built.
    if _FastLoader is not None and "\t" not in text:
        loader: Any = _FastLoader(text)  # type: ignore[call-arg]
        loader.duplicates, loader.sizes = [], {}
        try:
            return loader.get_single_data(), loader.duplicates
        except Exception:  # read again below, for PyYAML's own words
            pass
        finally:
            loader.dispose()
    loader = _Loader(text)
    loader.duplicates, loader.sizes = [], {}
    try:
        return loader.get_single_data(), loader.duplicates
    except ValueError as exc:  # the scanner's chr() of an escape past Unicode ("\U00110000")
        mark = loader.get_mark()
        raise Unreadable(
            _at(mark),
            f"not valid YAML: an escape names no character ({exc}): check the \\x, \\u and "
            "\\U escapes in double-quoted text, or use single quotes",
        ) from None
    finally:
        loader.dispose()


def locate(root: Any, path: Iterable[str | int], *, key: bool = False) -> Position:
    """The position of the value at `path` (or of its key), or of the nearest parent that exists.

    `path` is a pydantic error location such as ("steps", 2, "wait").
    """
    parts = list(path)
    node, found = root, getattr(root, "start", Position(1, 1))
    for index, part in enumerate(parts):
        if isinstance(node, PosDict) and isinstance(part, str) and part in node:
            last = index == len(parts) - 1
            positions = node.key_positions if key and last else node.value_positions
            node, found = node[part], positions[part]
        elif isinstance(node, PosList) and isinstance(part, int) and 0 <= part < len(node):
            node, found = node[part], node.item_positions[part]
        else:
            break
    return found
