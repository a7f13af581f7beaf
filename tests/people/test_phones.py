"""`check_phone` against phonenumbers' own full path: parse, validate, type, E.164, and for a
US number the state the geocoder names. `check_phone` takes shortcuts (numbers written in
E.164 read without `phonenumbers.parse`, the region and type worked out together, the
geocoder's table read directly); whatever a file holds, a person must come out the same."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType, geocoder

from sequencer.errors import CellError
from sequencer.people.phones import check_phone, region_and_type
from sequencer.people.places import state_of_place

_FORMATS = (PhoneNumberFormat.E164, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL)
_TYPES = [t for t in vars(PhoneNumberType).values() if isinstance(t, int) and t >= 0]


def _examples() -> list[tuple[str, phonenumbers.PhoneNumber]]:
    """An example number of every type of every region the library knows, and of the
    country codes of no region (+800, +882...)."""
    found = [
        (region, number)
        for region in sorted(phonenumbers.SUPPORTED_REGIONS)
        for kind in _TYPES
        if (number := phonenumbers.example_number_for_type(region, kind)) is not None
    ]
    for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number is not None:
            found.append(("001", number))
    return found


EXAMPLES = _examples()


def full_path(value: str, region: str) -> tuple[str, int, str | None, str | None] | str:
    """What the library's public functions say: (E.164, type, region, US state), or why not."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return "not a number"
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.UNKNOWN:
        return "not a number"
    where = phonenumbers.region_code_for_number(number)
    state = None
    if where == "US" and phonenumbers.is_number_type_geographical(kind, 1):
        state = state_of_place(geocoder.description_for_valid_number(number, "en"))
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return e164, kind, where, state


def checked(value: str, region: str) -> tuple[str, int, str | None, str | None] | str:
    try:
        phone = check_phone(value, region)
    except CellError:
        return "not a number"
    assert phone is not None
    # The planner reads the stored number's zones from `number`: it must be what parsing the
    # E.164 form gives.
    assert phone.number == phonenumbers.parse(phone.e164, None)
    return phone.e164, phone.kind, phone.region, phone.state()


def test_every_example_number_of_every_region_comes_out_as_the_library_says() -> None:
    assert len(EXAMPLES) > 1000
    for region, number in EXAMPLES:
        home = region if region != "001" else "US"
        for form in _FORMATS:
            value = phonenumbers.format_number(number, form)
            assert checked(value, home) == full_path(value, home), (region, value)


def test_region_and_type_are_the_librarys() -> None:
    for _, number in EXAMPLES:
        assert region_and_type(number) == (
            phonenumbers.region_code_for_number(number),
            phonenumbers.number_type(number),
        )


def test_us_numbers_have_the_state_of_their_area_code() -> None:
    assert checked("+12125550134", "US")[3] == "NY"
    assert checked("(415) 555-0134", "US")[3] == "CA"
    assert checked("+18005550134", "US")[3] is None  # toll-free: no place
    assert checked("+14165550134", "US")[3] is None  # Toronto: Canada


def _varied(example: tuple[str, phonenumbers.PhoneNumber], digits: str) -> str:
    """The example's E.164 form with its last digits replaced: mostly valid numbers."""
    e164 = phonenumbers.format_number(example[1], PhoneNumberFormat.E164)
    return e164[: max(3, len(e164) - len(digits))] + digits


@settings(max_examples=3000, deadline=None)
@given(
    example=st.sampled_from(EXAMPLES),
    digits=st.text("0123456789", min_size=1, max_size=7),
    region=st.sampled_from(["US", "GB", "DE", "IT", "AR", "BR"]),
)
def test_numbers_written_in_e164_come_out_as_the_library_says(
    example: tuple[str, phonenumbers.PhoneNumber], digits: str, region: str
) -> None:
    value = _varied(example, digits)
    assert checked(value, region) == full_path(value, region)


@settings(max_examples=2000, deadline=None)
@given(
    code=st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)),
    digits=st.text("0123456789", min_size=0, max_size=16),
)
def test_any_plus_and_digits_come_out_as_the_library_says(code: int, digits: str) -> None:
    value = f"+{code}{digits}"
    assert checked(value, "US") == full_path(value, "US")


@pytest.mark.parametrize("region", ["US", "GB", "DE", "IN", "IT", "AR", "BR", "MX", "RU"])
def test_national_forms_come_out_as_the_library_says(region: str) -> None:
    for example_region, number in EXAMPLES:
        if example_region == region:
            for value in (
                phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
                str(number.national_number),
            ):
                assert checked(value, region) == full_path(value, region), value
