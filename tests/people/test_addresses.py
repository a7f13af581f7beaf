from __future__ import annotations

import pytest

from sequencer.people.addresses import (
    addresses_of,
    normal_address,
    normal_email,
    normal_phone,
    person_key,
)
from sequencer.people.candidate import Candidate, parse_candidate


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
