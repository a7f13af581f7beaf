"""Phone numbers: a `phone` cell checked into E.164 (see `columns` for how a `parse_*`
answers), and what is asked of a stored number later: its US state, its parsed form.

Numbers are parsed once and remembered by their E.164 form, since the planner asks about the
same few numbers for every step of every person it plans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

import phonenumbers
from phonenumbers import PhoneNumberType

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
        state = _us_state(self.number, self.kind)
        _remember(_STATES, self.e164, state)
        return state


def check_phone(value: str, region: str) -> Phone | None:
    """`parse_phone`, keeping what the check worked out (the number's type: its state needs
    it too)."""
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    # number_type is UNKNOWN exactly when is_valid_number is False (it works out the number's
    # region and matches it against that region's patterns, as is_valid_number does).
    kind = PhoneNumberType.UNKNOWN if number is None else phonenumbers.number_type(number)
    if number is None or kind == PhoneNumberType.UNKNOWN:
        raise CellError(_phone_problem(value, region))
    e164 = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    if number.country_code != 1:
        return Phone(e164, number, kind)
    # What parsing the E.164 form gives (`stored_phone`): a valid number of country code 1 has
    # a national number that never starts with 1, its national prefix, nor with a 0 (no
    # leading zeros), so the E.164 form parses to just this country code and national number
    # (an extension, as in "ext. 12", is not part of it). The planner then needn't parse it.
    phone = Phone(
        e164, phonenumbers.PhoneNumber(country_code=1, national_number=number.national_number), kind
    )
    _remember(_PHONES, e164, phone)
    return phone


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
    phone = Phone(phone_e164, number, phonenumbers.number_type(number))
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


def _us_state(number: phonenumbers.PhoneNumber, kind: int) -> str | None:
    """The state of a US number; `kind` is its PhoneNumberType."""
    # Only country code 1 has US numbers: checking it first spares the others the region work.
    if number.country_code != 1 or phonenumbers.region_code_for_number(number) != "US":
        return None
    # What geocoder.description_for_number does, without working out the type once more: a
    # number of no place (toll-free, premium) is described by its country alone, and "United
    # States" names no state ("US" is the region only of numbers valid in the US, so the
    # country is never another one's, such as "Puerto Rico").
    if not phonenumbers.is_number_type_geographical(kind, number.country_code):
        return None
    from phonenumbers import geocoder  # its place names take 0.3 s to import: US numbers only

    return state_of_place(str(geocoder.description_for_valid_number(number, "en")))
