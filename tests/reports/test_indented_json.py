"""`indented_json` writes what `json.dumps(value, indent=2)` writes, to the byte, for any value
of the kinds `status --json` holds (any text, any int, booleans, None, lists and dicts, the
store's str enums), and for what orjson refuses: `status --json` is pinned to it (issue 17
made it fast, not different). Floats are not among them: orjson writes them otherwise."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sequencer.reports.indented_json import dumps, items_streamed
from sequencer.store.models import EventKind, SendStatus

scalars = (
    st.none()
    | st.booleans()
    | st.integers()  # past 64 bits too: written by json.dumps, as orjson refuses them
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
    assert dumps(value) == json.dumps(value, indent=2).encode()


@settings(max_examples=100, deadline=None)
@given(st.lists(values, max_size=12), st.integers(min_value=1, max_value=5))
def test_a_list_streamed_in_pieces_joins_into_the_same_text(items: list[Any], size: int) -> None:
    pieces = list(items_streamed(iter(items), size=size))
    assert b"".join(pieces) == json.dumps(items, indent=2).encode()
    assert len(pieces) == -(-len(items) // size) + 1  # a piece per `size` items, the end


def test_what_status_holds_besides_plain_values_is_written_the_same() -> None:
    """Its enum members (str subclasses), nested as deep as a send's task, names past ASCII;
    and what orjson refuses: ints past 64 bits, keys that are not strings."""
    value = {
        "status": SendStatus.SENDING,
        "events": [{"kind": EventKind.REPLY, "at": None, "detail": "“Yes” – \n\t\x00"}],
        "sends": [{"task": {"id": 7, "status": "open"}, "attempts": 1}, {"task": None}],
        "numbers": [0, -1, 2**64 - 1, -(2**63), True, False],
        "names": ["José Müller", "Zoë 😀", "\x7f\u2028"],
        "empty": [[], {}, (), [[]], {"a": {}}],
    }
    refused = {"big": [2**64], "subclass keys": {SendStatus.SENT: 1, 2: "two", None: 3}}
    for written in (value, refused, [value, refused]):
        assert dumps(written) == json.dumps(written, indent=2).encode()


def test_what_json_dumps_refuses_it_refuses_too() -> None:
    for value in ({"a": {1, 2}}, [object()], {"nested": {"a": [1, b"bytes"]}}):
        with pytest.raises(TypeError, match="is not JSON serializable"):
            json.dumps(value, indent=2)
        with pytest.raises(TypeError, match="is not JSON serializable"):
            dumps(value)
