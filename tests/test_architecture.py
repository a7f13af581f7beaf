"""The house rules that import-linter cannot see (its contracts are in pyproject.toml): modules
stay small enough to read, only config reads the environment, only the shells read the clock,
and every package says what it holds."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers.project import ROOT

PACKAGE = ROOT / "sequencer"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)
MAX_LINES = 400
# The two shells that may ask the time: each hands `now` (or a clock) to everything below.
READS_THE_CLOCK = ("cli", "daemon")
CLOCKS = ("datetime.now", "datetime.utcnow", "date.today")
PACKAGES = sorted(p.parent for p in PACKAGE.rglob("__init__.py") if "migrations" not in p.parts)


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


def _calls(tree: ast.AST) -> list[str]:
    """Dotted names of everything called (`datetime.now`, `os.getenv`, ...)."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            names.append(ast.unparse(node.func))
    return names


def _attributes(tree: ast.AST) -> set[str]:
    return {ast.unparse(node) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_module_is_longer_than_a_newcomer_reads_at_once(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{_name(path)} has {lines} lines: split it by what it does"


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_only_config_reads_the_environment(path: Path) -> None:
    if _name(path) == "config.py":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    readers = {"os.environ", "os.getenv", "os.environb"} & (_attributes(tree) | set(_calls(tree)))
    assert not readers, f"{_name(path)} reads the environment ({readers}): add a setting to config"


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_only_the_shells_read_the_clock(path: Path) -> None:
    if path.relative_to(PACKAGE).parts[0] in READS_THE_CLOCK:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    clocks = [call for call in _calls(tree) if call.endswith(CLOCKS)]
    assert not clocks, f"{_name(path)} reads the clock ({clocks}): take `now` as an argument"


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_package_says_what_it_holds(package: Path) -> None:
    tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{package.relative_to(ROOT)}/__init__.py needs a docstring"
