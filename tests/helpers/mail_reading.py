"""Inbound email as the mail tests read it: the fixtures as each client wrote them, and
small messages made up on the spot (`tests/inbound/test_mail*.py`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sequencer.inbound.mail import IncomingMail, read_mail

FIXTURES = Path(__file__).parent / "fixtures" / "mail"
TODAY = date(2026, 11, 24)  # the day our first emails went out and the fixtures came back
OUR_ID = "<12-initial.3f9a1c2b7d4e@northwind.example>"
OUR_FOLLOW_UP = "<12-followup.8b21d0e5a6c3@northwind.example>"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def read(name: str, today: date = TODAY) -> IncomingMail:
    return read_mail(fixture(name), today)


def mail(body: str = "Sounds good.", today: date = TODAY, **headers: str) -> IncomingMail:
    """A small message; header names as keyword arguments, "_" for "-"."""
    fields = {"From": "Priya Raman <priya.raman@example.com>", "To": "dana@northwind.example"}
    fields |= {"Subject": "Re: Staff Platform Engineer at Northwind"}
    fields |= {name.replace("_", "-"): value for name, value in headers.items()}
    head = "".join(f"{name}: {value}\n" for name, value in fields.items() if value)
    return read_mail(f"{head}\n{body}".replace("\n", "\r\n").encode(), today)


def auto_reply(
    body: str, today: date = TODAY, subject: str = "Automatic reply: Hi"
) -> IncomingMail:
    return mail(body, today, Auto_Submitted="auto-replied", Subject=subject)
