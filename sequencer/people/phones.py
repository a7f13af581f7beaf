"""Phone numbers: a `phone` cell checked into E.164 (see `columns` for how a `parse_*`
answers), and what is asked of a stored number later: its US state, its parsed form.

Numbers are parsed once and remembered by their E.164 form, since the planner asks about the
same few numbers for every step of every person it plans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberType

try:  # private, pinned by tests/people/test_phones.py; without it, the library's public path
    from phonenumbers.phonenumberutil import _number_type_helper
except ImportError:  # pragma: no cover - a phonenumbers that renamed it
    _number_type_helper = None  # type: ignore[assignment]

from sequencer.errors import CellError
from sequencer.people.columns import quote
from sequencer.people.places import state_of_place


def parse_phone(value: str, region: str) -> str | None:
    """The number in E.164; `region` is the country assumed for numbers written without +."""
    phone = check_phone(value, region)
    return phone.e164 if phone else None


@dataclass(frozen=True, slots=True)
class Phone:
    """A number with what was worked out about it: its E.164 form, and its type."""

    e164: str
    number: phonenumbers.PhoneNumber  # shared: never modify it
    kind: int  # its PhoneNumberType (UNKNOWN: invalid)
    region: str | None  # phonenumbers.region_code_for_number's answer

    def state(self) -> str | None:
        """`phone_state(self.e164)`, without parsing the E.164 form again.

        The same answer: a state needs country code 1, whose valid national numbers never
        start with 1 (the national prefix), so parsing the E.164 form gives the same country
        code and national number; any other country code has no state either way.
        """
        try:
            return _STATES[self.e164]
        except KeyError:
            pass
        state = _us_state(self)
        _remember(_STATES, self.e164, state)
        return state


def check_phone(value: str, region: str) -> Phone | None:
    """`parse_phone`, keeping what the check worked out (the number's type and region: its
    state needs them too)."""
    if not value:
        return None
    number = _written_in_e164(value)
    if number is None:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            raise CellError(_phone_problem(value, region)) from None
    # number_type is UNKNOWN exactly when is_valid_number is False (it works out the number's
    # region and matches it against that region's patterns, as is_valid_number does).
    where, kind = region_and_type(number)
    if kind == PhoneNumberType.UNKNOWN:
        raise CellError(_phone_problem(value, region))
    e164 = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    if number.country_code != 1:
        return Phone(e164, number, kind, where)
    # What parsing the E.164 form gives (`stored_phone`): a valid number of country code 1 has
    # a national number that never starts with 1, its national prefix, nor with a 0 (no
    # leading zeros), so the E.164 form parses to just this country code and national number
    # (an extension, as in "ext. 12", is not part of it). The planner then needn't parse it.
    phone = Phone(
        e164,
        phonenumbers.PhoneNumber(country_code=1, national_number=number.national_number),
        kind,
        where,
    )
    _remember(_PHONES, e164, phone)
    return phone


# "+" and digits, the first not 0 (a country code never starts with 0): how most files write
# numbers, and what `_written_in_e164` reads without phonenumbers.parse (a third of a phone's
# cost).
_E164 = re.compile(r"\+[1-9][0-9]{6,15}")


def _written_in_e164(value: str) -> phonenumbers.PhoneNumber | None:
    """What phonenumbers.parse(value, any region) gives for a number written in E.164, worked
    out in a few steps; None when not sure (then parse answers).

    For "+" and digits, parse takes the country code (the shortest of 1-3 digits that is one),
    and the rest as the national number, unless the national-prefix pattern of the code's main
    region matches its start (it may strip or rewrite it then) or it starts with 0 (then it
    also keeps the leading zeros): those are left to parse. `tests/people/test_phones.py`
    checks both give the same, on generated numbers of every region.
    """
    if not _E164.fullmatch(value):
        return None
    for length in (1, 2, 3):
        code = int(value[1 : 1 + length])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    national = value[1 + length :]
    metadata = _main_metadata(code)
    prefix = metadata.national_prefix_for_parsing if metadata else None
    if metadata is None or national[0] == "0" or (prefix and re.match(prefix, national)):
        return None
    return phonenumbers.PhoneNumber(country_code=code, national_number=int(national))


def _main_metadata(code: int) -> PhoneMetadata | None:
    """The metadata parse reads a number of this country code against: its main region's."""
    main = phonenumbers.region_code_for_country_code(code)
    return PhoneMetadata.metadata_for_region_or_calling_code(code, main)


def region_and_type(number: phonenumbers.PhoneNumber) -> tuple[str | None, int]:
    """(phonenumbers.region_code_for_number, phonenumbers.number_type) of the number, in one go.

    Where a country code is shared (1: the US, Canada and the Caribbean; 44: the UK and the
    Crown dependencies), the region is the first whose patterns the number matches, which is
    the type's work again: done once here, where the library does it twice (and a state
    needed it a third time)."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code or 0, ())
    if len(regions) < 2 or _number_type_helper is None:
        return phonenumbers.region_code_for_number(number), phonenumbers.number_type(number)
    national = phonenumbers.national_significant_number(number)
    for region in regions:
        metadata = PhoneMetadata.metadata_for_region(region, None)
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            if re.match(metadata.leading_digits, national):
                return region, _number_type_helper(national, metadata)
            continue
        kind = _number_type_helper(national, metadata)
        if kind != PhoneNumberType.UNKNOWN:
            return region, kind
    return None, PhoneNumberType.UNKNOWN


def _phone_problem(value: str, region: str) -> str:
    if re.search(r"\d[eE]\+?\d", value):
        return (
            f"phone {quote(value)} was turned into a number by the spreadsheet: "
            "format the phone column as Text and type the numbers again"
        )
    example = phonenumbers.example_number(region)
    sample = "+1 415 555 0134"
    if example is not None:
        sample = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if value.startswith("+"):
        return f"phone {quote(value)} is not a valid phone number: check the digits, e.g. {sample}"
    return (
        f"phone {quote(value)} is not a valid phone number for {region}: "
        f"write it with the country code, e.g. {sample}"
    )


def phone_state(phone_e164: str) -> str | None:
    """The US state of a US number's area code, else None.

    Some states have stricter calling hours than the TCPA, and people move but keep their
    number, so the planner applies this state's rules as well as those of the `state` column.
    """
    try:
        return _STATES[phone_e164]
    except KeyError:
        pass
    try:
        phone = stored_phone(phone_e164)
    except phonenumbers.NumberParseException:
        _remember(_STATES, phone_e164, None)
        return None
    return phone.state()


def stored_phone(phone_e164: str) -> Phone:
    """A stored number (E.164), parsed once for everything asked of it: its state, the zones
    it may ring in. Shared between callers.

    Raises phonenumbers.NumberParseException, as phonenumbers.parse does.
    """
    try:
        return _PHONES[phone_e164]
    except KeyError:
        pass
    number = phonenumbers.parse(phone_e164, None)
    region, kind = region_and_type(number)
    phone = Phone(phone_e164, number, kind, region)
    _remember(_PHONES, phone_e164, phone)
    return phone


# What is known of the numbers asked about lately, by E.164 string: `stored_phone`s and their
# states. A number checked by `check_phone` is added as it would be found here, so planning
# texts and calls to someone just read needn't parse their number again. Bounded: emptied
# when full (cheap, and harmless to another thread reading at the time).
_PHONES: dict[str, Phone] = {}
_STATES: dict[str, str | None] = {}
_KEPT = 4096
_Known = TypeVar("_Known")


def _remember(known: dict[str, _Known], phone_e164: str, value: _Known) -> None:
    if len(known) >= _KEPT:
        known.clear()
    known[phone_e164] = value


def _us_state(phone: Phone) -> str | None:
    """The state of a US number."""
    if phone.region != "US":
        return None
    # What geocoder.description_for_valid_number(number, "en") answers, without working out
    # the region and type once more: a number of no place (toll-free, premium) is described by
    # its country alone, and "United States" names no state ("US" is the region only of
    # numbers valid in the US, so the country is never another one's, such as "Puerto Rico").
    # Otherwise, the place of the longest prefix of its E.164 digits that has one in English
    # (country code 1 has no mobile token to drop first); none: its country, no state either.
    if not phonenumbers.is_number_type_geographical(phone.kind, 1):
        return None
    # Its place names take 0.3 s to import: US numbers only.
    from phonenumbers.geodata import GEOCODE_DATA, GEOCODE_LONGEST_PREFIX

    digits = "1" + phonenumbers.national_significant_number(phone.number)  # E.164, no +
    for length in range(GEOCODE_LONGEST_PREFIX, 0, -1):
        place = GEOCODE_DATA.get(digits[:length], {}).get("en")
        if place is not None:
            return state_of_place(place)
    return None
