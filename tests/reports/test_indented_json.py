"""`indented_json` writes what `json.dumps(value, indent=2)` writes, to the byte, for any JSON
value: `status --json` is pinned to it (issue 17 made it fast, not different)."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sequencer.reports.indented_json import dumps, items_streamed
from sequencer.store.models import EventKind, SendStatus

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and the infinities too: json.dumps writes them by default
    | st.text()
    | st.text(st.characters(codec="utf-8", categories=["Cc", "Cs", "Lo", "So", "Po"]))
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=40,
)


@settings(max_examples=200, deadline=None)
@given(values)
def test_any_json_value_is_written_as_json_dumps_with_indent_writes_it(value: Any) -> None:
    assert dumps(value) == json.dumps(value, indent=2)


@settings(max_examples=100, deadline=None)
@given(st.lists(values, max_size=12), st.integers(min_value=1, max_value=5))
def test_a_list_streamed_in_pieces_joins_into_the_same_text(items: list[Any], size: int) -> None:
    pieces = list(items_streamed(iter(items), size=size))
    assert "".join(pieces) == json.dumps(items, indent=2)
    assert len(pieces) == -(-len(items) // size) + 1  # a piece per `size` items, the end


def test_what_status_holds_besides_plain_values_is_written_the_same() -> None:
    """Its enum members (str subclasses), nested as deep as a send's task, and the floats
    json.dumps writes by their repr."""
    value = {
        "status": SendStatus.SENDING,
        "events": [{"kind": EventKind.REPLY, "at": None, "detail": "“Yes” – \n\t\x00"}],
        "sends": [{"task": {"id": 7, "status": "open"}, "attempts": 1}, {"task": None}],
        "numbers": [0.1, -0.0, 1e300, math.inf, -math.inf, 10**30, True, False],
        "empty": [[], {}, (), [[]], {"a": {}}],
        "subclass keys": {SendStatus.SENT: 1, 2: "two", None: 3},
    }
    assert dumps(value) == json.dumps(value, indent=2)


def test_what_json_dumps_refuses_it_refuses_too() -> None:
    for value in ({"a": {1, 2}}, [object()], {"nested": {"a": [1, b"bytes"]}}):
        with pytest.raises(TypeError, match="is not JSON serializable"):
            json.dumps(value, indent=2)
        with pytest.raises(TypeError, match="is not JSON serializable"):
            dumps(value)
