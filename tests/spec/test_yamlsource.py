"""Sequence and content files are read with libyaml's parser (in C, 50 ms less at every
start of `validate` and `preview`): the same data, positions and duplicates as PyYAML's own
reader, and the same files refused."""

from __future__ import annotations

import pytest
import yaml
from helpers.project import ROOT

from sequencer.spec import yamlsource


def test_files_read_by_libyaml_have_the_data_and_positions_pythons_reader_gives() -> None:
    # `validate` and `preview` read sequence and content files with libyaml's parser (in C,
    # 50 ms less at every start); a file's errors still point where they did.
    assert yamlsource._FastLoader is not None, "PyYAML without libyaml: every start is slower"
    files = [*(ROOT / "sequences").glob("*.yaml"), *(ROOT / "content").glob("*.yaml")]
    assert len(files) > 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        slow = yamlsource._Loader(text)
        slow.duplicates, slow.sizes = [], {}
        data, duplicates = yamlsource.load(text)
        assert _with_positions(data) == _with_positions(slow.get_single_data()), path
        assert duplicates == slow.duplicates


def _with_positions(value: object) -> object:
    """The value, with where each key, value and item was written."""
    if isinstance(value, dict):
        where = (value.start, value.key_positions, value.value_positions)  # type: ignore[attr-defined]
        return where, {key: _with_positions(item) for key, item in value.items()}
    if isinstance(value, list):
        where = (value.start, value.item_positions)  # type: ignore[attr-defined]
        return where, [_with_positions(item) for item in value]
    return type(value), value


@pytest.mark.parametrize("text", ["a:\t1\n", "a: 1 \t\nb:\t\t2\n", "- a\t: 1\n"])
def test_a_tab_libyaml_would_take_is_refused_as_pythons_reader_refuses_it(text: str) -> None:
    with pytest.raises(yaml.YAMLError, match="cannot start any token"):
        yamlsource.load(text)
