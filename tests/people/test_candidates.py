from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from sequencer.errors import CandidateError
from sequencer.people.candidate import Candidate, parse_candidate
from sequencer.people.candidates import (
    READ_AHEAD,
    FirstTimes,
    _read_ahead,
    check_rows,
    find_candidate,
    read_candidates,
    read_rows,
)
from sequencer.people.rows import CandidateFileError
from sequencer.spec.channel import Channel

HEADER = (
    "email,phone,first_name,last_name,timezone,linkedin_url,company,current_company_domain,"
    "title,preferred_channel,sms_consent,call_consent,country,state,recent_project"
)
PRIYA = (
    "Priya.Raman@Gmail.com,(415) 555-0134,Priya,Raman,America/Los_Angeles,"
    "https://www.linkedin.com/in/priya-raman,Globex,globex.com,Staff Engineer,Email,yes,no,US,CA,"
    "query planner rewrite"
)
MARCUS = (
    "marcus@initech.io,+1 305 555 0199,Marcus,Bell,America/New_York,,Initech,initech.io,"
    "SRE,text,Y,0,,,"
)


def write_csv(tmp_path: Path, *lines: str, bom: bool = False) -> Path:
    path = tmp_path / "candidates.csv"
    path.write_text(("\ufeff" if bom else "") + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def row(**cells: str) -> dict[str, str]:
    return {"email": "jane@example.com", **cells}


def error(**cells: str) -> CandidateError:
    with pytest.raises(CandidateError) as caught:
        parse_candidate(row(**cells), 7)
    assert caught.value.row == 7
    return caught.value


# --- reading a file ---------------------------------------------------------------------------


def test_reads_every_row_normalised(tmp_path: Path) -> None:
    priya, marcus = read_candidates(write_csv(tmp_path, HEADER, PRIYA, MARCUS))
    assert priya == Candidate(
        email="Priya.Raman@gmail.com",
        phone="+14155550134",
        first_name="Priya",
        last_name="Raman",
        timezone="America/Los_Angeles",
        linkedin_url="https://www.linkedin.com/in/priya-raman",
        company="Globex",
        current_company_domain="globex.com",
        title="Staff Engineer",
        preferred_channel=Channel.EMAIL,
        sms_consent=True,
        call_consent=False,
        country="US",
        state="CA",
        extra={"recent_project": "query planner rewrite"},
        row=2,
    )
    assert isinstance(marcus, Candidate)
    assert (marcus.row, marcus.preferred_channel, marcus.sms_consent) == (3, Channel.SMS, True)


def test_excel_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    (priya,) = read_candidates(write_csv(tmp_path, HEADER, PRIYA, bom=True))
    assert isinstance(priya, Candidate)
    assert priya.email == "Priya.Raman@gmail.com"


def test_bad_rows_become_errors_and_reading_goes_on(tmp_path: Path) -> None:
    bad = MARCUS.replace("marcus@initech.io", "marcus@@initech.io")
    results = list(read_candidates(write_csv(tmp_path, HEADER, bad, PRIYA)))
    assert isinstance(results[0], CandidateError)
    assert str(results[0]).startswith('row 2: email "marcus@@initech.io" is not a valid address')
    assert isinstance(results[1], Candidate)


def test_row_numbers_match_the_spreadsheet_across_blank_and_empty_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path, HEADER, PRIYA, "", ",,,,,,,,,,,,,,", MARCUS)
    assert [c.row for c in read_candidates(path)] == [2, 5]


def test_headers_match_whatever_their_case_spacing_and_dashes(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Email,Phone,First Name,Last-Name,SMS Consent, Recent Project ",
        " jane@example.com ,,Jane,Doe,YES,payments",
    )
    (jane,) = read_candidates(path)
    assert isinstance(jane, Candidate)
    assert (jane.email, jane.first_name, jane.last_name, jane.sms_consent) == (
        "jane@example.com",
        "Jane",
        "Doe",
        True,
    )
    assert jane.extra == {"Recent Project": "payments"}


def test_a_row_with_more_values_than_columns_is_an_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "email,company", "jane@example.com,Acme, Inc.")
    (error,) = read_candidates(path)
    assert isinstance(error, CandidateError)
    assert "put quotes around values that contain commas" in error.reason


def test_the_same_person_twice_is_an_error_on_the_second_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "email,first_name", "jane@example.com,Jane", "JANE@example.com,J")
    first, second = read_candidates(path)
    assert isinstance(first, Candidate)
    assert str(second) == "row 3: jane@example.com is already on row 2: remove one of the two rows"


def test_missing_file_is_reported_before_reading(tmp_path: Path) -> None:
    with pytest.raises(CandidateFileError, match="no such file") as caught:
        read_candidates(tmp_path / "nope.csv")
    assert caught.value.row == 1


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "is empty"),
        ("first_name,last_name\nJane,Doe\n", "no email or phone column"),
        ("email,Email\na@example.com,b@example.com\n", "more than one email column"),
    ],
)
def test_unusable_header_is_reported_before_reading(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "candidates.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CandidateFileError, match=problem):
        read_candidates(path)


def test_a_file_that_is_not_utf8_says_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "candidates.csv"
    path.write_bytes("email,first_name\njose@example.com,José\n".encode("cp1252"))
    with pytest.raises(CandidateFileError, match="CSV UTF-8"):
        read_candidates(path)


def test_find_candidate_ignores_case(tmp_path: Path) -> None:
    path = write_csv(tmp_path, HEADER, MARCUS, PRIYA)
    assert find_candidate(path, " priya.raman@GMAIL.com").first_name == "Priya"


def test_find_candidate_explains_a_missing_person(tmp_path: Path) -> None:
    path = write_csv(tmp_path, HEADER, PRIYA)
    with pytest.raises(CandidateError, match=r'no candidate with the email "ann@example\.com"'):
        find_candidate(path, "ann@example.com")


def test_find_candidate_reports_the_problem_with_their_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path, HEADER, PRIYA.replace("America/Los_Angeles", "Pacific Time"))
    with pytest.raises(CandidateFileError) as caught:
        find_candidate(path, "priya.raman@gmail.com")
    assert str(caught.value).startswith(f'{path}: row 2: timezone "Pacific Time"')
    assert caught.value.row == 2


# --- files a spreadsheet or a hand edit got wrong ----------------------------------------------


def rows(path: Path) -> list[tuple[int, str]]:
    """Each result as (row, the email, or the error's reason)."""
    return [
        (r.row, r.reason) if isinstance(r, CandidateError) else (r.row or 0, r.email or "")
        for r in read_candidates(path)
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_an_unclosed_quote_is_an_error_and_the_rows_below_it_are_still_read(
    tmp_path: Path, newline: str
) -> None:
    path = tmp_path / "candidates.csv"
    lines = ["email,first_name", "z@example.com,Z", 'a@example.com,"A', "b@example.com,B", ""]
    path.write_bytes(newline.join(lines).encode())
    assert rows(path) == [
        (2, "z@example.com"),
        (3, 'has a quote (") that is never closed: remove it, or close it at the end of its value'),
        (4, "b@example.com"),
    ]


def test_a_quote_closed_rows_later_loses_no_row(tmp_path: Path) -> None:
    # The open quote on row 2 runs on until a quote on row 4 ends it, mid-value or at a line end.
    for later in ['c@example.com,"C"', 'c@example.com,C"']:
        path = write_csv(tmp_path, "email,first_name", 'a@example.com,"A', "b@example.com,B", later)
        (row, problem), *rest = rows(path)
        assert row == 2
        assert 'quote (")' in problem
        assert rest == [(3, "b@example.com"), (4, "c@example.com")]


def test_an_unclosed_quote_on_the_last_row(tmp_path: Path) -> None:
    path = tmp_path / "candidates.csv"
    path.write_text('email,first_name\na@example.com,A\nb@example.com,"B', encoding="utf-8")
    assert [row for row, _ in rows(path)] == [2, 3]
    assert "never closed" in rows(path)[1][1]


def test_a_stray_quote_is_an_error_on_its_own_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "email,company", 'a@example.com,"Acme" Inc', "b@example.com,B")
    (row, problem), rest = rows(path)
    assert (row, rest) == (2, (3, "b@example.com"))
    assert problem.startswith("is not valid CSV")
    assert 'write a quote inside a quoted value as two ("")' in problem


def test_find_candidate_names_the_file_and_the_row_of_a_broken_line(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "email,first_name", 'a@example.com,"A', "b@example.com,B")
    with pytest.raises(CandidateFileError, match=r"row 2: has a quote") as caught:
        find_candidate(path, "a@example.com")
    assert str(caught.value).startswith(str(path))
    assert find_candidate(path, "b@example.com").row == 3


def test_line_breaks_in_custom_columns_are_kept(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "email,notes", 'a@example.com,"met at\nKubeCon"', "b@example.com,")
    first, second = read_candidates(path)
    assert isinstance(first, Candidate)
    assert first.extra == {"notes": "met at\nKubeCon"}
    assert isinstance(second, Candidate)
    assert second.row == 3


@pytest.mark.parametrize(
    "lines",
    [
        ["email;first_name;company", "a@example.com;Ann;Acme, Inc."],  # European Excel
        ['"email";"first_name";"company"', '"a@example.com";"Ann";"Acme, Inc."'],
        ["email;first_name;Company, Inc", "a@example.com;Ann;Acme, Inc."],
        ["email\tfirst_name\tcompany", "a@example.com\tAnn\tAcme, Inc."],  # tab-separated
    ],
)
def test_semicolon_and_tab_separated_files(tmp_path: Path, lines: list[str]) -> None:
    (ann,) = read_candidates(write_csv(tmp_path, *lines, bom=True))
    assert isinstance(ann, Candidate)
    assert (ann.email, ann.first_name) == ("a@example.com", "Ann")
    assert "Acme, Inc." in (ann.company, *ann.extra.values())


def test_too_many_values_in_a_semicolon_file_talks_of_semicolons(tmp_path: Path) -> None:
    (error,) = read_candidates(write_csv(tmp_path, "email;company", "a@example.com;Acme; Inc."))
    assert isinstance(error, CandidateError)
    assert 'values that contain semicolons, e.g. "Acme; Inc."' in error.reason


def test_trailing_empty_columns_are_ignored(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "email,first_name,,,", "a@example.com,A,,,", "b@example.com,B,,,,,")
    assert rows(path) == [(2, "a@example.com"), (3, "b@example.com")]


@pytest.mark.parametrize(
    "content",
    ["email,first_name\n", "email,first_name", "email,first_name\n,\n\n,,,\r\n", 'email\n""\n'],
)
def test_a_header_without_rows_says_so(tmp_path: Path, content: str) -> None:
    path = tmp_path / "candidates.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CandidateFileError, match="has a header but no candidates"):
        read_candidates(path)


def test_an_unclosed_quote_in_the_header_is_reported_before_reading(tmp_path: Path) -> None:
    path = write_csv(tmp_path, 'email,"first_name', "a@example.com,A")
    with pytest.raises(CandidateFileError, match=r"the header \(row 1\) is not valid CSV"):
        read_candidates(path)


def test_spreadsheet_errors_in_custom_columns_are_no_value(tmp_path: Path) -> None:
    (jane,) = read_candidates(write_csv(tmp_path, "email,recent_project", "a@example.com,#N/A"))
    assert isinstance(jane, Candidate)
    assert jane.extra == {}


def test_invisible_characters_around_values_are_dropped(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, "email,phone", "\u200ba@example.com\u200b,\u202a+1 415 555 0134\u202c"
    )
    (jane,) = read_candidates(path)
    assert isinstance(jane, Candidate)
    assert (jane.email, jane.phone) == ("a@example.com", "+14155550134")


# --- one row ----------------------------------------------------------------------------------


def test_a_row_needs_an_email_or_a_phone() -> None:
    with pytest.raises(CandidateError, match="neither an email nor a phone"):
        parse_candidate({"email": " ", "phone": "", "first_name": "Jane"}, 4)
    assert parse_candidate({"phone": "+44 20 7946 0958"}, 4).key == "+442079460958"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"email": "jane.doe@"}, 'row 7: email "jane.doe@" is not a valid address: '),
        ({"timezone": "Pacific"}, 'row 7: timezone "Pacific" is not an IANA time zone name'),
        ({"first_name": "Ann\nbob@example.com,Bob"}, "check this row for a quote"),
        ({"phone": "#ERROR!"}, 'row 7: phone "#ERROR!" is a spreadsheet error'),
    ],
)
def test_a_bad_cell_is_an_error_naming_the_row(cells: dict[str, str], expected: str) -> None:
    assert expected in str(error(**cells))


@pytest.mark.parametrize(
    ("phone", "country", "expected"),
    [
        ("(415) 555-0134", "", "+14155550134"),
        ("415.555.0134", "US", "+14155550134"),
        ("030 901820", "DE", "+4930901820"),
        ("020 7946 0958", "gb", "+442079460958"),
        ("+49 30 901820", "", "+4930901820"),
    ],
)
def test_phones_become_e164_using_the_rows_country(phone: str, country: str, expected: str) -> None:
    assert parse_candidate(row(phone=phone, country=country), 2).phone == expected


def test_default_region_applies_when_the_row_has_no_country() -> None:
    assert parse_candidate(row(phone="020 7946 0958"), 2, default_region="GB").phone == (
        "+442079460958"
    )


def test_missing_consent_columns_mean_no_consent() -> None:
    candidate = parse_candidate(row(), 2)
    assert (candidate.sms_consent, candidate.call_consent) == (False, False)


@pytest.mark.parametrize(
    ("phone", "state", "country", "expected"),
    [
        ("+1 305 555 0134", "", "", "FL"),  # Miami: the geocoder says "Florida"
        ("(305) 555-0134 ext. 12", "", "", "FL"),  # the extension is no part of the place
        ("+1 415 555 0134", "", "US", "CA"),  # "San Francisco, CA"
        ("+1 202 555 0100", "", "", "DC"),
        ("+1 800 555 0100", "", "", None),  # toll-free: no place
        ("+1 305 555 0134", "ga", "", "GA"),  # what the row says wins
        ("+1 305 555 0134", "New York", "", "NY"),
        ("+1 416 555 0134", "", "", None),  # Toronto is not in a US state
        ("+44 20 7946 0958", "on", "CA", "ON"),  # elsewhere, kept as written
    ],
)
def test_state(phone: str, state: str, country: str, expected: str | None) -> None:
    candidate = parse_candidate(row(phone=phone, state=state, country=country), 2)
    assert candidate.state == expected


@pytest.mark.parametrize(
    ("email", "domain", "is_work"),
    [
        ("jane@globex.com", "globex.com", True),
        ("Jane@GLOBEX.com", "@globex.com", True),
        ("jane@eng.globex.com", "globex.com", True),  # a subdomain is still the employer
        ("jane@notglobex.com", "globex.com", False),
        ("jane@gmail.com", "globex.com", False),
        ("jane@globex.com", "", False),
    ],
)
def test_work_email_detection(email: str, domain: str, is_work: bool) -> None:
    candidate = parse_candidate(row(email=email, current_company_domain=domain), 2)
    assert candidate.has_work_email() is is_work


def test_custom_columns_keep_their_header_and_drop_empty_cells() -> None:
    candidate = parse_candidate(
        {"email": "jane@example.com", "Recent Project": " Payments API ", "Notes": "  "}, 2
    )
    assert candidate.extra == {"Recent Project": "Payments API"}


def test_template_fields_leave_out_empty_columns() -> None:
    candidate = parse_candidate(
        {"Email": "jane@example.com", "First Name": "Jane", "Recent Project": "Payments API"}, 2
    )
    assert candidate.fields() == {
        "email": "jane@example.com",
        "first_name": "Jane",
        "full_name": "Jane",
        "sms_consent": False,
        "call_consent": False,
        "Recent Project": "Payments API",
        "recent_project": "Payments API",
    }


def test_names_and_key() -> None:
    candidate = Candidate(email="Jane.Doe@Example.com", first_name="Jane", last_name="Doe")
    assert (candidate.full_name, candidate.key, candidate.email_domain) == (
        "Jane Doe",
        "jane.doe@example.com",
        "example.com",
    )
    assert Candidate(phone="+14155550134").key == "+14155550134"
    assert Candidate(phone="+14155550134").full_name == ""


def test_ten_thousand_rows_stream(tmp_path: Path) -> None:
    lines = [f"person{n}@example.com,+1 415 555 {n % 10000:04d},P{n}" for n in range(10_000)]
    path = write_csv(tmp_path, "email,phone,first_name", *lines)
    results = read_candidates(path)
    assert all(isinstance(result, Candidate) for result in results)


def test_a_candidate_pickles_for_the_previews_worker_processes(tmp_path: Path) -> None:
    priya, marcus = read_candidates(write_csv(tmp_path, HEADER, PRIYA, MARCUS))
    for person in (priya, marcus, Candidate(phone="+14155550134", extra={"team": "SRE"})):
        assert isinstance(person, Candidate)
        copy = pickle.loads(pickle.dumps(person))
        assert copy == person and type(copy.extra) is type(person.extra)
    assert isinstance(priya, Candidate)
    with pytest.raises(TypeError):  # still read-only after the trip
        pickle.loads(pickle.dumps(priya)).extra["recent_project"] = "x"  # type: ignore[index]


def test_unchecked_rows_checked_elsewhere_are_what_read_candidates_gives(tmp_path: Path) -> None:
    # What the preview's worker processes do: check pickled batches of rows, then find
    # repeats in file order.
    again = PRIYA.replace("Priya.Raman@Gmail.com", "priya.raman@GMAIL.com")
    lines = [PRIYA, "", "not an address", MARCUS, 'a@example.com,"unclosed', again, MARCUS]
    path = write_csv(tmp_path, HEADER, *lines)
    seen = FirstTimes()
    checked = [
        seen(result)
        for batch in read_rows(path).batches(2)
        for result in check_rows(pickle.loads(pickle.dumps(batch)))
    ]
    expected = list(read_candidates(path))
    assert len(checked) == len(expected) == 6
    for got, want in zip(checked, expected, strict=True):
        assert type(got) is type(want)
        assert got == want if isinstance(want, Candidate) else str(got) == str(want)
    assert "is already on row 2" in str(expected[4])
    with pytest.raises(CandidateFileError, match="no such file"):
        read_rows(tmp_path / "nope.csv")


def test_rows_are_read_ahead_in_batches_and_nothing_read_is_lost_on_a_failure() -> None:
    def rows(count: int, fail: bool) -> Iterator[CandidateError]:
        for n in range(2, count + 2):
            yield CandidateError(n, "bad")
        if fail:
            raise OSError("the disk went away")

    many = list(_read_ahead(rows(READ_AHEAD * 2 + 3, fail=False)))
    assert [e.row for e in many] == list(range(2, READ_AHEAD * 2 + 5))
    seen = []
    with pytest.raises(OSError, match="went away"):
        for error in _read_ahead(rows(READ_AHEAD + 3, fail=True)):
            seen.append(error.row)
    assert seen == list(range(2, READ_AHEAD + 5))


# --- characters that cannot be stored or sent -------------------------------------------------


@pytest.mark.parametrize("column", ["first_name", "company", "email", "recent_project"])
@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x07", "\x7f", "\x9b", "\x0c"])
def test_a_control_character_rejects_its_row_naming_the_column_not_the_value(
    tmp_path: Path, column: str, char: str
) -> None:
    cells = {"email": "bo@example.com", "first_name": "Bo", "company": "Acme"}
    cells["recent_project"] = "search"
    cells[column] = cells[column][:1] + char + cells[column][1:]
    path = write_csv(
        tmp_path,
        "email,first_name,company,recent_project",
        "ana@example.com,Ana,Globex,billing",
        ",".join(cells.values()),
        "cy@example.com,Cy,Initech,payments",
    )
    ana, bad, cy = read_candidates(path)
    assert isinstance(ana, Candidate) and isinstance(cy, Candidate)
    assert isinstance(bad, CandidateError) and bad.row == 3
    assert f"{column} has a control character (U+{ord(char):04X})" in bad.reason
    assert "remove it" in bad.reason
    # The value is not repeated: it carries the character, and perhaps an address.
    assert char not in str(bad) and "bo@" not in str(bad) and "Acme" not in str(bad)


def test_tabs_and_line_breaks_in_a_custom_column_are_kept(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "email,notes", 'ana@example.com,"one\ttwo\r\nthree"')
    [ana] = read_candidates(path)
    assert isinstance(ana, Candidate) and ana.extra == {"notes": "one\ttwo\r\nthree"}


def test_a_control_character_in_the_header_is_a_file_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "email,no\x00tes", "ana@example.com,x")
    with pytest.raises(CandidateFileError, match=r"header \(row 1\) has a control character"):
        read_candidates(path)
