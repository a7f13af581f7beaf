"""Fuzzing candidates files: whatever bytes a CSV holds, each row is a Candidate or an error
naming its row, the file as a whole at worst a CandidateFileError; never another exception.
And nothing that cannot be stored or sent gets into a Candidate."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sequencer.errors import CandidateError
from sequencer.people.candidate import Candidate
from sequencer.people.candidates import check_rows, read_candidates, read_rows
from sequencer.people.columns import control_character
from sequencer.people.rows import CandidateFileError
from sequencer.spec.candidate_fields import STANDARD_COLUMNS

COLUMNS = [*STANDARD_COLUMNS, "Recent Project", "First Name", "", "notes"]
CELLS = [
    "ana@example.com", "Ana@Example.COM", "+1 415-555-0134", "(212) 555 0147", "yes", "no",
    "America/New_York", "Mars/Base", "US", "CA", "IN", "email", "text", "#N/A", "#ERROR!",
    "https://www.linkedin.com/in/ana", "acme.com", "\u200bana@example.com\u200e", "",
]  # fmt: skip
# Text with what breaks CSV and databases: quotes, separators, line breaks, NUL and controls.
odd_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\"',;\t\r\n\x00\x1b\x7f\x85\u2028\ufeff#@+ ")),
        st.characters(codec="utf-8"),
    ),
    max_size=12,
)
cells = st.one_of(st.sampled_from(CELLS), odd_text)


@st.composite
def csv_texts(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    header = draw(st.lists(st.sampled_from(COLUMNS) | odd_text, min_size=1, max_size=6))
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 1), max_size=6))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))

    def line(values: list[str]) -> str:
        quote = draw(st.booleans())
        return delimiter.join(f'"{v}"' if quote else v for v in values)

    text = newline.join(line(values) for values in [header, *rows])
    prefix = draw(st.sampled_from(["", "\ufeff"]))
    return (prefix + text).encode("utf-8")


files = st.one_of(st.binary(max_size=200), csv_texts())


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-csv")


def checked(results: list[Candidate | CandidateError]) -> None:
    for result in results:
        if isinstance(result, CandidateError):
            assert result.row >= 2 and result.reason
            continue
        assert isinstance(result, Candidate) and result.key
        for value in (*vars(result).values(), *result.extra.keys()):
            if isinstance(value, str):
                assert control_character(value) is None, (value, result)
        for value in result.extra.values():
            assert control_character(value) is None, (value, result)


@settings(max_examples=200)
@given(content=files)
def test_any_csv_gives_candidates_or_errors_by_row(folder: Path, content: bytes) -> None:
    path = folder / "candidates.csv"
    path.write_bytes(content)
    try:
        results = list(read_candidates(path))
    except CandidateFileError as exc:
        assert str(exc).startswith(f"{path}: ")
        return
    checked(results)
    # Checked in batches elsewhere (the preview's worker processes), each row gives the same.
    batches = read_rows(path).batches(2)
    elsewhere = list(itertools.chain.from_iterable(check_rows(batch) for batch in batches))
    assert len(elsewhere) == len(results)
    checked(elsewhere)
