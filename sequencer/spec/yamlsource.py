"""YAML that remembers where every key and value was written.

Recruiters edit these files by hand, so each error must point at `file:line:column`. PyYAML
keeps positions on its nodes but drops them when it builds Python objects; this loader keeps
them on the dicts and lists it builds, and reports duplicate keys, which PyYAML would silently
let the last one win.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


def _position(node: Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


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


class _Loader(yaml.SafeLoader):
    duplicates: list[DuplicateKey]


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


def load(text: str) -> tuple[Any, list[DuplicateKey]]:
    """Parse YAML text; raises yaml.YAMLError (with a problem_mark) on bad syntax."""
    loader = _Loader(text)
    loader.duplicates = []
    try:
        return loader.get_single_data(), loader.duplicates
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
