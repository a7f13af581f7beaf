from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from sequencer.errors import CellError, SequencerError
from sequencer.people.addresses import parse_email
from sequencer.people.columns import (
    _EDGES,
    _INVISIBLE,
    _is_edge,
    check_text,
    check_texts,
    clean,
    parse_channel,
    parse_company_domain,
    parse_consent,
    parse_linkedin_url,
)
from sequencer.people.phones import parse_phone, phone_state
from sequencer.people.places import parse_country, parse_state, parse_timezone
from sequencer.spec.channel import Channel

PARSERS: dict[str, Callable[[str], object]] = {
    "email": parse_email,
    "phone": lambda value: parse_phone(value, "US"),
    "timezone": parse_timezone,
    "linkedin_url": parse_linkedin_url,
    "current_company_domain": parse_company_domain,
    "preferred_channel": parse_channel,
    "sms_consent": lambda value: parse_consent(value, "sms_consent"),
    "call_consent": lambda value: parse_consent(value, "call_consent"),
    "country": parse_country,
    "state": lambda value: parse_state(value, None),
}


def problem(column: str, value: str) -> str:
    with pytest.raises(CellError) as caught:
        PARSERS[column](value)
    return str(caught.value)


def test_a_bad_cell_is_one_of_the_project_errors_not_a_value_error() -> None:
    # Callers catch CellError (or SequencerError): a ValueError from a library stays a bug.
    assert issubclass(CellError, SequencerError)
    assert not issubclass(CellError, ValueError)


@pytest.mark.parametrize("column", sorted(PARSERS))
def test_an_empty_cell_is_no_value(column: str) -> None:
    assert PARSERS[column]("") in (None, False)


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("email", "jane.doe@", 'email "jane.doe@" is not a valid address: '),
        ("email", "jane doe@example.com", 'email "jane doe@example.com" is not a valid'),
        ("phone", "555-12", 'phone "555-12" is not a valid phone number for US: write it with'),
        ("phone", "+1 555", 'phone "+1 555" is not a valid phone number: check the digits'),
        ("phone", "4.15555E+09", "format the phone column as Text"),
        ("timezone", "Pacific", 'timezone "Pacific" is not an IANA time zone name: '),
        ("timezone", "Mars/Olympus_Mons", "write it like America/New_York or Europe/Berlin"),
        ("timezone", "America", "is not an IANA time zone name"),  # a directory, not a zone
        ("linkedin_url", "https://linkedin.com.evil.example/in/x", "is not a LinkedIn link"),
        ("linkedin_url", "ftp://www.linkedin.com/in/x", "is not a LinkedIn link"),
        ("current_company_domain", "Acme Inc", "is not a domain name: write it like acme.com"),
        ("preferred_channel", "fax", 'preferred_channel "fax" is not a channel'),
        ("sms_consent", "maybe", 'sms_consent "maybe" is not yes or no'),
        ("call_consent", "opted in", "agreed to be called"),
        ("country", "Germany", 'country "Germany" is not a two-letter ISO country code'),
        ("country", "XX", "write it like US, GB, DE or IN"),
        ("state", "Ontario", 'state "Ontario" is not a US state'),
    ],
)
def test_bad_values_name_the_column_value_and_fix(column: str, value: str, expected: str) -> None:
    assert expected in problem(column, value)


def test_long_values_are_shortened_in_messages() -> None:
    assert '"' + "x" * 57 + '..."' in problem("current_company_domain", "x" * 200)


@pytest.mark.parametrize(
    ("written", "suggested"),
    [
        ("EST", "America/New_York"),  # loads, but as a fixed offset with no daylight saving
        ("pst", "America/Los_Angeles"),
        ("america/new_york", "America/New_York"),
        ("Europe/Isle of Man", "Europe/Isle_of_Man"),
    ],
)
def test_near_miss_time_zones_get_a_suggestion(written: str, suggested: str) -> None:
    assert problem("timezone", written).endswith(f"did you mean {suggested}?")


@pytest.mark.parametrize("zone", ["Europe/Berlin", "Asia/Kolkata", "UTC", "America/Phoenix"])
def test_iana_time_zones_are_kept(zone: str) -> None:
    assert parse_timezone(zone) == zone


@pytest.mark.parametrize(
    ("phone", "region", "expected"),
    [
        ("(415) 555-0134", "US", "+14155550134"),
        ("415.555.0134", "US", "+14155550134"),
        ("030 901820", "DE", "+4930901820"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("+49 30 901820", "US", "+4930901820"),  # a + number ignores the region
    ],
)
def test_phones_become_e164(phone: str, region: str, expected: str) -> None:
    assert parse_phone(phone, region) == expected


@pytest.mark.parametrize(
    ("phone", "state"),
    [
        ("+13055550134", "FL"),  # Miami: the geocoder says "Florida"
        ("+14155550134", "CA"),  # "San Francisco, CA"
        ("+12025550100", "DC"),
        ("+18005550100", None),  # toll-free: no place
        ("+14165550134", None),  # Toronto is not in a US state
        ("+442079460958", None),
        ("not a number", None),
    ],
)
def test_phone_state(phone: str, state: str | None) -> None:
    assert phone_state(phone) == state


@pytest.mark.parametrize(
    ("written", "channel"),
    [
        ("email", Channel.EMAIL),
        ("E-mail", Channel.EMAIL),
        ("SMS", Channel.SMS),
        ("Text", Channel.SMS),
        ("phone", Channel.VOICEMAIL),
        ("CALL", Channel.VOICEMAIL),
        ("Voice mail", Channel.VOICEMAIL),
        ("LinkedIn", Channel.LINKEDIN),
    ],
)
def test_preferred_channel_aliases(written: str, channel: Channel) -> None:
    assert parse_channel(written) is channel


@pytest.mark.parametrize(
    ("written", "consent"),
    [
        *[("yes", True), ("Y", True), ("TRUE", True), ("1", True)],
        *[("no", False), ("n", False), ("False", False), ("0", False), ("", False)],
    ],
)
def test_consent_values(written: str, consent: bool) -> None:
    assert parse_consent(written, "sms_consent") is consent


@pytest.mark.parametrize(
    ("written", "country", "state"),
    [("ga", None, "GA"), ("New York", "US", "NY"), ("on", "CA", "ON")],  # elsewhere: as written
)
def test_state(written: str, country: str | None, state: str) -> None:
    assert parse_state(written, country) == state


@pytest.mark.parametrize(("written", "code"), [("uk", "GB"), ("USA", "US"), ("de", "DE")])
def test_country_codes_are_upper_case_iso(written: str, code: str) -> None:
    assert parse_country(written) == code


@pytest.mark.parametrize(
    ("written", "url"),
    [
        ("https://www.linkedin.com/in/jane-doe", "https://www.linkedin.com/in/jane-doe"),
        ("http://linkedin.com/in/jane-doe", "http://linkedin.com/in/jane-doe"),
        ("https://uk.linkedin.com/in/jane-doe/", "https://uk.linkedin.com/in/jane-doe/"),
        ("linkedin.com/in/jane-doe", "https://linkedin.com/in/jane-doe"),  # from the address bar
    ],
)
def test_linkedin_urls(written: str, url: str) -> None:
    assert parse_linkedin_url(written) == url


@pytest.mark.parametrize(
    "written", ["globex.com", "@Globex.com", "https://www.globex.com/careers", "hr@globex.com"]
)
def test_company_domain_is_cleaned(written: str) -> None:
    assert parse_company_domain(written) == "globex.com"


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("  jane@example.com\n", "jane@example.com"),
        ("\u200bjane@example.com\u200b", "jane@example.com"),  # zero-width spaces
        ("\u202a+1 415 555 0134\u202c", "+1 415 555 0134"),  # left-to-right marks
        ("\ufeffemail", "email"),
        ("Mary Ann", "Mary Ann"),
    ],
)
def test_clean_drops_invisible_edges(cell: str, value: str) -> None:
    assert clean(cell) == value


def test_check_text_refuses_line_breaks_and_points_at_quotes() -> None:
    with pytest.raises(CellError, match=r'first_name "Ann \.\.\." runs over more than one line'):
        check_text("first_name", "Ann\nbob@example.com,Bob")
    check_text("first_name", "Ann")


@pytest.mark.parametrize("value", ["#ERROR!", "#NAME?", "#N/A", "#n/a"])
def test_check_text_refuses_spreadsheet_errors(value: str) -> None:
    with pytest.raises(CellError, match="is a spreadsheet error"):
        check_text("phone", value)


@pytest.mark.parametrize(
    "value",
    ["Ann", "#n/a", "#NUM!", "#1 fan", "Ann\nBob", "Ann\u2028Bob", "Ann\x85Bob", "A\x0bB", "A\tB"],
)
def test_a_row_is_checked_as_each_of_its_cells_is(value: str) -> None:
    # check_texts skips most cells without looking closer: never a different answer.
    def outcome(check: Callable[[], None]) -> str:
        try:
            check()
        except CellError as exc:
            return str(exc)
        return "fine"

    expected = outcome(lambda: check_text("title", value))
    assert outcome(lambda: check_texts({"email": "", "title": value})) == expected


EMAILS = [
    ("Jane.Doe@Example.COM", "Jane.Doe@example.com"),
    ("a@MÜNCHEN.de", "a@münchen.de"),
    ("a@xn--mnchen-3ya.de", "a@münchen.de"),
    ("a@EXAMPLE。COM", "a@example.com"),
    ("postmaster@Example.com", "postmaster@example.com"),
    ("a@b.test", "is a special-use or reserved name"),
    ("a@exa_mple.com", "contains invalid characters: '_'"),
    ("a@example", "It should have a period"),
    ("a@xn--zz.com", "is not valid IDNA"),
]


def test_addresses_check_the_same_every_time_at_any_domain() -> None:
    # Each domain is checked once and remembered: the second address at a domain (and the
    # second bad one) must come out exactly as the first.
    def outcome(value: str) -> str:
        try:
            return str(parse_email(value))
        except CellError as exc:
            return str(exc)

    first = [outcome(value) for value, _ in EMAILS]
    for (value, expected), result in zip(EMAILS, first, strict=True):
        assert expected in result, value
    assert [outcome(value) for value, _ in EMAILS] == first
    assert outcome("someone.else@Example.COM") == "someone.else@example.com"


@pytest.mark.parametrize(
    "cell",
    [
        "jane@example.com",
        "\u00a0jane\u00a0",
        "x\u2028",
        "\u2060x",
        "\u3000",
        "\u200e",
        "",
        "+1 415",
        "Ω\u200b",
        "1\u00a0",
    ],
)
def test_clean_strips_exactly_what_its_pattern_strips(cell: str) -> None:
    # `clean` skips the pattern when neither end needs stripping: never a different answer.
    assert clean(cell) == _EDGES.sub("", cell)


def test_the_edge_characters_are_the_patterns_on_every_code_point() -> None:
    pattern = re.compile(rf"[\s{_INVISIBLE}]")
    disagree = [
        hex(code)
        for code in range(0x110000)
        if bool(pattern.fullmatch(chr(code))) != _is_edge(chr(code))
    ]
    assert disagree == []
