"""/opt-outs: the suppression list, newest first, searchable and a page at a time, with how
each address came onto it and when; and a form to add an address or a number by hand (someone
asked on the phone, at an event).

Adding one is an opt-out like any other (`inbound.effects.opted_out`): the address goes on
the list, and so does every other address of whoever has it, and all their sequences stop;
no channel reaches them again. It is recorded as an event and audited on their page.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from sequencer.errors import CellError
from sequencer.inbound.effects import Incoming, once, opted_out
from sequencer.people.addresses import normal_address, parse_email
from sequencer.people.phones import parse_phone
from sequencer.reports.optouts import opt_outs
from sequencer.store.audit import record
from sequencer.store.models import EventKind
from sequencer.store.people import people_at
from sequencer.store.suppression import entry_for
from sequencer.web.auth import posted_form
from sequencer.web.dashboard.templating import answer, context_of, render

REGION = "US"  # a number written without + is read as `sequencer import` reads it
NOTE_LENGTH = 200


def list_page(request: Request) -> Response:
    context, params = context_of(request), request.query_params
    search = params.get("q", "")[:200]
    number = params.get("page", "1")
    page = opt_outs(context.engine, search, int(number) if number.isdigit() else 1)
    name = "optouts_list.html" if request.headers.get("hx-request") else "optouts.html"
    return render(request, name, found=page, search=search)


async def add(request: Request) -> Response:
    form = await posted_form(request)
    context = context_of(request)
    written, note = str(form.get("address", "")).strip(), str(form.get("note", "")).strip()
    try:
        address = checked_address(written)
    except CellError as exc:
        return answer(request, str(exc), failed=True, back="/opt-outs")
    actor = request.state.recruiter.email
    text = await run_in_threadpool(
        opt_out_by_hand, context.engine, address, actor, note[:NOTE_LENGTH], context.clock()
    )
    return answer(request, text, back="/opt-outs")


def checked_address(written: str) -> str:
    """An email address or a phone number in the list's normal form; CellError says what is
    wrong with it."""
    if not written:
        raise CellError("Write an email address or a phone number to add.")
    if "@" in written:
        email = parse_email(written)
        assert email is not None
        return normal_address(email)
    phone = parse_phone(written, REGION)
    assert phone is not None
    return phone


def opt_out_by_hand(engine: sa.Engine, address: str, actor: str, note: str, now: datetime) -> str:
    """Put `address` (and every address of whoever has it) on the list, stop their sequences,
    audit it; what happened, in a sentence."""
    with Session(engine) as session:
        listed = entry_for(session, [address])
        people = {p.id: p.key for p in people_at(session, [address]) if p.id is not None}
    if listed is not None:
        since = f"{listed.created_at:%d %b %Y}"
        return f"{address} has been on the list since {since} ({listed.reason}): nothing changed."
    reason = f"added by hand by {actor}" + (f": {note}" if note else "")
    incoming = Incoming(
        key=f"opt-out-by-hand:{address}:{now.isoformat()}",
        kind=EventKind.OUTCOME,
        occurred_at=now,
        candidate_id=next(iter(people), None),
        detail=f"opted-out ({reason})",
    )
    once(engine, incoming, now, opted_out([address], reason))
    with Session(engine) as session, session.begin():
        for candidate_id in people or [None]:
            record(session, now, actor, "opt-out", candidate_id, address)
    if not people:
        return f"{address} is on the list: nobody imported has it, and nothing will reach it."
    who = ", ".join(people.values())
    return f"{address} is on the list: {who} opted out everywhere; every sequence stopped."


routes: list[BaseRoute] = [
    Route("/opt-outs", list_page, methods=["GET"]),
    Route("/opt-outs", add, methods=["POST"]),
]
