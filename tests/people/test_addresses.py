from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from sequencer.errors import CellError
from sequencer.people.addresses import (
    addresses_of,
    normal_address,
    normal_email,
    normal_phone,
    parse_email,
    person_key,
)
from sequencer.people.candidate import Candidate, parse_candidate
from sequencer.people.columns import quote


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("Ana@Example.com", "ana@example.com"),
        ("  ana@example.com\n", "ana@example.com"),
        ("ANA@EXAMPLE.COM ", "ana@example.com"),
        ("", ""),
    ],
)
def test_an_email_in_any_case_with_stray_spaces_is_one_address(written: str, normal: str) -> None:
    assert normal_email(written) == normal
    assert normal_address(written) == normal


def test_a_phone_is_already_e164_and_only_loses_stray_spaces() -> None:
    assert normal_phone(" +14155550134\t") == "+14155550134"
    assert normal_address(" +14155550134 ") == "+14155550134"


def test_a_person_is_named_by_the_email_first_and_empty_addresses_are_left_out() -> None:
    assert addresses_of("Ana@Example.com", "+14155550134") == ["ana@example.com", "+14155550134"]
    assert addresses_of(None, "+14155550134") == ["+14155550134"]
    assert addresses_of("ana@example.com", None) == ["ana@example.com"]
    assert addresses_of(None, None) == []


def test_the_key_is_the_email_else_the_phone() -> None:
    assert person_key("Ana@Example.com", "+14155550134") == "ana@example.com"
    assert person_key(None, "+14155550134") == "+14155550134"
    assert person_key(None, None) == ""


def test_a_person_read_from_a_row_is_found_by_the_address_a_webhook_gives() -> None:
    person = parse_candidate({"email": " Priya.Raman@Gmail.com ", "phone": "(415) 555-0134"}, 2)
    assert person.key == normal_address("priya.raman@GMAIL.com ")
    assert addresses_of(person.email, person.phone) == [
        normal_email("PRIYA.RAMAN@gmail.com"),
        normal_phone("+14155550134 "),
    ]
    assert Candidate(phone=person.phone).key == normal_address("+14155550134")


# What an email cell may hold: plain addresses and the cases the library treats specially
# (quotes, display names, IDNA and Unicode domains, mailbox names it lowers, special-use
# domains, lengths at the limits).
_PARTS = st.one_of(
    st.text("abcXYZ019._-+'!#=~", min_size=0, max_size=12),
    st.sampled_from(
        ['"', "<", ">", " ", "@", "..", "é", "ß", "\u0301", "xn--bcher-kva", "Info", "POSTMASTER"]
    ),
    st.sampled_from(["a" * 63, "a" * 64, "b" * 65, "c" * 120]),
)
_DOMAINS = st.one_of(
    st.sampled_from(
        ["example.com", "Example.COM", "gmail.com", "localhost", "test", "x.invalid", "a.b"]
    ),
    st.sampled_from(["xn--bcher-kva.de", "bücher.de", "[127.0.0.1]", "ex_ample.com", "-a.com"]),
    st.lists(_PARTS, min_size=1, max_size=4).map(".".join),
    st.sampled_from(["d" * 63 + ".com", "e" * 64 + ".com", ("f" * 60 + ".") * 4 + "com"]),
)


def _library(value: str) -> str:
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        return f"email {quote(value)} is not a valid address: {exc}"


def _ours(value: str) -> str:
    try:
        email = parse_email(value)
    except CellError as exc:
        return str(exc)
    assert email is not None
    return email


@settings(max_examples=2000, deadline=None)
@given(local=st.lists(_PARTS, min_size=0, max_size=4).map("".join), domain=_DOMAINS)
def test_an_email_cell_is_read_as_email_validator_reads_it(local: str, domain: str) -> None:
    """parse_email reads plain addresses without validate_email; the answer, or the error
    message a recruiter sees, must be the library's for any cell."""
    value = f"{local}@{domain}"
    assert _ours(value) == _library(value)


@settings(max_examples=200, deadline=None)
@given(value=st.emails())
def test_generated_addresses_are_read_as_email_validator_reads_them(value: str) -> None:
    assert _ours(value) == _library(value)
