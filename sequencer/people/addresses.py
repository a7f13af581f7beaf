"""Where a person is reached: the one normal form of an email address and of a phone number,
and the check of an `email` cell (see `columns` for how a `parse_*` answers; the check itself,
with email-validator, is in `email_cells`, imported when a cell is checked: a command that only
compares addresses, such as `status`, goes without the library's 17 ms of imports).

Every lookup of a person or of the suppression list by address goes through `normal_email`,
`normal_phone` or `normal_address`, so an address written in any case, with stray spaces,
finds what was stored from a candidates file or a webhook.
"""

from __future__ import annotations


def normal_email(address: str) -> str:
    """How an email address is compared and stored as a key: any case is the same person.
    (Strictly only the domain is case-blind, but no provider tells Jane@ from jane@.)"""
    return address.strip().lower()


def normal_phone(number: str) -> str:
    """How a phone number is compared: numbers are E.164 already (checked by
    `phones.check_phone` on the way in; providers send E.164), so only stray spaces go."""
    return number.strip()


def normal_address(address: str) -> str:
    """`normal_email` of an email address, `normal_phone` of anything else."""
    return normal_email(address) if "@" in address else normal_phone(address)


def addresses_of(email: str | None, phone: str | None) -> list[str]:
    """A person's addresses in normal form, the email first; as the suppression list names
    them."""
    return [a for a in (normal_email(email or ""), normal_phone(phone or "")) if a]


def person_key(email: str | None, phone: str | None) -> str:
    """Who this is, across files and sequences: the email, else the phone."""
    return normal_email(email) if email else normal_phone(phone or "")


def parse_email(value: str) -> str | None:
    """An `email` cell: its address in normal form, None when empty; `CellError` when it is
    not an address."""
    from sequencer.people.email_cells import parse_email_cell

    return parse_email_cell(value)
