"""A file's row is read without building a dict per row (`parse_row`, what `check_row` uses)
and with shortcuts for the common LinkedIn link: whatever the header and the cells, a person
must come out as `parse_candidate` of the row's dict makes them, with the same error."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from sequencer.errors import CandidateError, CellError
from sequencer.people.candidate import Result, parse_candidate, parse_row
from sequencer.people.columns import parse_linkedin_url

# Headers as recruiters write them: standard columns in other spellings, custom ones, blank
# ones (Excel's trailing columns), the same header twice, a standard column twice.
_HEADERS = st.sampled_from(
    ["email", "Email", "phone", " Phone ", "first_name", "First Name", "last-name", "timezone",
     "country", "state", "sms_consent", "linkedin_url", "title", "Recent Project", "notes",
     "Notes", " notes ", "", "  ", "met_at"]
)  # fmt: skip
_CELLS = st.sampled_from(
    ["ana@example.com", "+14155550134", "(212) 555-0134", "+442079460134", "Ana", " Ana ",
     "#N/A", "#n/a", "#ERROR!", "#hashtag", "", " ", "yes", "no", "maybe", "US", "GB", "CA",
     "New York", "Europe/London", "EST", "https://www.linkedin.com/in/ana", "not-an-email",
     "line\nbreak", "\u200bAna\u200b", "bell\x07"]
)  # fmt: skip


def _same(result: Result) -> object:
    """What a user sees of a result: every field, custom columns in order, or the error."""
    if isinstance(result, CandidateError):
        return ("error", result.row, result.reason)
    return (result, list(result.extra.items()))


def _via_dict(header: tuple[str, ...], values: list[str]) -> Result:
    try:
        return parse_candidate(dict(zip(header, values, strict=False)), 7)
    except CandidateError as exc:
        return exc


def _via_row(header: tuple[str, ...], values: list[str]) -> Result:
    try:
        return parse_row(header, values, 7)
    except CandidateError as exc:
        return exc


@settings(max_examples=1500, deadline=None)
@given(
    header=st.lists(_HEADERS, min_size=1, max_size=8).map(tuple),
    values=st.lists(_CELLS, min_size=0, max_size=10),
)
def test_a_row_is_read_as_its_dict_is(header: tuple[str, ...], values: list[str]) -> None:
    assert _same(_via_row(header, values)) == _same(_via_dict(header, values))


def _link_by_its_parts(value: str) -> str | CellError:
    """The LinkedIn check by the URL's scheme and host, as it is for every other link."""
    parts = urlsplit(value)
    host = parts.hostname or ""
    if parts.scheme in ("http", "https") and (
        host == "linkedin.com" or host.endswith(".linkedin.com")
    ):
        return value
    return CellError("not a LinkedIn link")


@settings(max_examples=500, deadline=None)
@given(
    start=st.sampled_from(
        ["https://www.linkedin.com/", "https://linkedin.com/", "http://www.linkedin.com/"]
    ),
    rest=st.text(max_size=30),
)
def test_a_common_linkedin_link_is_kept_as_written(start: str, rest: str) -> None:
    value = start + rest
    assert parse_linkedin_url(value) == _link_by_its_parts(value) == value
