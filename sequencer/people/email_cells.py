"""The check of an `email` cell, with email-validator (`addresses.parse_email` imports it when a
cell is checked), and a faster path to the same answer for the plain addresses nearly every
file holds."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import email_validator
from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import (
    CASE_INSENSITIVE_MAILBOX_NAMES,
    DOT_ATOM_TEXT,
    EMAIL_MAX_LENGTH,
)

from sequencer.errors import CellError
from sequencer.people.columns import quote


def parse_email_cell(value: str) -> str | None:
    if not value:
        return None
    plain = _plain_address(value)
    if plain is not None:
        return plain
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise CellError(f"email {quote(value)} is not a valid address: {exc}") from None


# ASCII letters, digits, dots and the other characters an unquoted local part may hold, one @,
# and a domain of letters, digits, dots and dashes: nearly every address in a file.
_PLAIN = re.compile(r"([\w!#$%&'*+\-/=?^`{|}~.]+)@([\w.-]+)", re.ASCII)


def _plain_address(value: str) -> str | None:
    """`validate_email(value, check_deliverability=False).normalized` for a plain address, in
    the few steps the library takes for one; None when not sure or not valid (validate_email
    then answers, or says what is wrong).

    The library splits such an address at its @, finds the local part a dot-atom (so it is
    kept as written, unless it is a mailbox name such as postmaster, which it lowers: left to
    it), checks the domain (the check it calls, remembered per domain), and checks lengths.
    Its split character by character and its option handling are most of an address's cost.
    `tests/people/test_addresses.py` checks both give the same on generated addresses.
    """
    match = _PLAIN.fullmatch(value)
    if match is None:
        return None
    local, domain = match.groups()
    if (
        not DOT_ATOM_TEXT.match(local)
        or len(local) > 64  # what `strict` refuses: left to the library
        or local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES
    ):
        return None
    try:
        # As validate_email calls it (the module's name, so the remembered check).
        checked = _VALIDATING.validate_email_domain_name(
            domain,
            test_environment=email_validator.TEST_ENVIRONMENT,
            globally_deliverable=email_validator.GLOBALLY_DELIVERABLE,
        )
    except EmailNotValidError:
        return None
    normalized = f"{local}@{checked['domain']}"
    longest = max(
        len(value), len(normalized.encode()), len(local) + 1 + len(checked["ascii_domain"])
    )
    return normalized if longest <= EMAIL_MAX_LENGTH else None


def _remember_domain_checks() -> None:
    """Make email-validator check each domain once, not once per address.

    Its check of the part after the @ goes character by character (~15 µs, most of what an
    address costs), and a file holds thousands of addresses at a handful of domains. The check
    is a function of its arguments and of the special-use names it refuses (which its users may
    change, so they are part of the key); it raises for a bad domain, and raising is never
    remembered, so a bad domain gets its own fresh error each time. The library offers no hook:
    this replaces the name its `validate_email` calls, once, keeping the original.
    """
    module = sys.modules.get("email_validator.validate_email")
    check = getattr(module, "validate_email_domain_name", None)
    if module is None or check is None or getattr(check, "remembers", False):
        return  # not the layout this was written for (2.x), or already done
    original: Callable[..., Any] = check

    @lru_cache(maxsize=1024)
    def checked(
        args: tuple[Any, ...], options: tuple[tuple[str, Any], ...], special: tuple[str, ...]
    ) -> dict[str, Any]:
        # `special` is only part of the key: the check reads the same list itself.
        result: dict[str, Any] = original(*args, **dict(options))
        return result

    def remembered(*args: Any, **options: Any) -> dict[str, Any]:
        # Whatever arguments a later version passes are part of the key, as they are.
        key = (
            args,
            tuple(sorted(options.items())),
            tuple(email_validator.SPECIAL_USE_DOMAIN_NAMES),
        )
        try:
            hash(key)
        except TypeError:
            return dict(original(*args, **options))  # not a key: ask the library itself
        # A copy: the caller gets a dict of its own, as from the original.
        return dict(checked(*key))

    remembered.remembers = True  # type: ignore[attr-defined]
    module.validate_email_domain_name = remembered  # type: ignore[attr-defined]


_remember_domain_checks()
_VALIDATING: Any = sys.modules["email_validator.validate_email"]
