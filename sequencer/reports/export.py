"""`sequencer export-person`: everything held on one person, as one JSON document a person can
read (what an access request under GDPR or CCPA needs).

Found by an email or a phone number: the people stored with it (usually one), each with
their profile, consent and where it came from, enrollments, every message with its text,
every event, their replies and what was read in them, outcomes, tasks, re-enrollment blocks,
"needs attention" notes and audit entries; and the suppression entries of their addresses.
Times are ISO 8601 in UTC. `schema/person-export.schema.json` describes the document.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from sequencer.errors import SequencerError
from sequencer.people.addresses import addresses_of, normal_address
from sequencer.reports.event_kinds import OUTSIDE
from sequencer.store.consent import history
from sequencer.store.models import (
    Attention,
    AuditEntry,
    CandidateRecord,
    Enrollment,
    Event,
    EventKind,
    ReenrollmentBlock,
    ReplyReading,
    Send,
    Suppression,
    Task,
)
from sequencer.store.people import people_at

FORMAT = "sequencer person export, version 1"
SCHEMA = "schema/person-export.schema.json"

# What a recruiter recorded, or an ATS or a scheduling tool said: the person's outcomes.
OUTCOME_KINDS = frozenset({EventKind.OUTCOME, *OUTSIDE})

ABOUT = (
    "Everything this recruiting tool holds about the person at {address}, as of {at}. "
    "'people' lists each stored record with that address (usually one); 'suppression' lists "
    "the opt-out entries of their addresses, kept so they are never contacted against their "
    "wish. All times are in UTC."
)
SECTIONS = {
    "profile": "the details imported about you (from a spreadsheet) and when they last changed",
    "consent": "whether you agreed to texts and calls now, and each change with its source",
    "enrollments": "the outreach sequences you were in, and why each stopped",
    "messages": "every message written to you, with its full text, and what became of it",
    "events": "what came back: deliveries, opens, replies, opt-outs, bounces",
    "replies": "your replies and what the tool understood from each",
    "outcomes": "what the recruiter recorded, or a hiring system reported, about you",
    "tasks": "messages a recruiter was asked to send you by hand (LinkedIn, calls)",
    "reenrollment_blocks": "periods when you may not be contacted again, and why",
    "needs_attention": "notes asking the recruiter to look at your case",
    "audit": "who did what about you, and when",
    "named_in_referrals": "when someone named you in a reply as a person to contact",
}


def export_person(engine: sa.Engine, address: str, now: datetime) -> dict[str, Any]:
    """The document for the person at this email or phone. SequencerError when nothing at
    all is held on it."""
    wanted = normal_address(address.strip())
    with Session(engine) as session:
        people = people_at(session, [wanted])
        addresses = {wanted, *(a for p in people for a in addresses_of(p.email, p.phone))}
        suppressed = _suppression(session, addresses)
        if not people and not suppressed:
            raise SequencerError(
                f"nothing is held on {address.strip()}: no person and no opt-out with this "
                "address (check its spelling; an erased person leaves only a keyed hash)"
            )
        return {
            "about": {
                "format": FORMAT,
                "schema": SCHEMA,
                "address": wanted,
                "made_at": _iso(now),
                "summary": ABOUT.format(address=wanted, at=_iso(now)),
                "sections": SECTIONS,
            },
            "people": [_person(session, person) for person in people],
            "suppression": suppressed,
        }


def _person(session: Session, person: CandidateRecord) -> dict[str, Any]:
    assert person.id is not None
    enrollments = list(
        session.exec(
            select(Enrollment)
            .where(Enrollment.candidate_id == person.id)
            .order_by(col(Enrollment.id))
        )
    )
    sends = _sends(session, [e.id for e in enrollments if e.id is not None])
    events = _events(session, person.id, [s.id for s in sends if s.id is not None])
    sequence_of = {e.id: e.sequence_name for e in enrollments}
    return {
        "profile": _profile(person),
        "consent": consent_of(session, person),
        "enrollments": [_enrollment(e) for e in enrollments],
        "messages": [_message(s, sequence_of[s.enrollment_id]) for s in sends],
        "events": [_event(e) for e in events if e.kind not in OUTCOME_KINDS],
        "replies": _replies(session, events),
        "outcomes": [_event(e) for e in events if e.kind in OUTCOME_KINDS],
        "tasks": _tasks(session, sends),
        "reenrollment_blocks": _blocks(session, person.id),
        "needs_attention": _attention(session, person.id),
        "audit": _audit(session, person.id),
        "named_in_referrals": _referrals(session, person),
    }


def _profile(person: CandidateRecord) -> dict[str, Any]:
    return {
        "email": person.email,
        "phone": person.phone,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "title": person.title,
        "company": person.company,
        "current_company_domain": person.current_company_domain,
        "linkedin_url": person.linkedin_url,
        "preferred_channel": person.preferred_channel,
        "timezone": person.timezone,
        "country": person.country,
        "state": person.state,
        "other_columns": dict(person.extra),
        "email_undeliverable": person.email_undeliverable,
        "updated_at": _iso(person.updated_at),
    }


def consent_of(session: Session, person: CandidateRecord) -> dict[str, Any]:
    """Texts and calls, yes or no now, and every change with its source (`status` too)."""
    assert person.id is not None
    return {
        "texts": person.sms_consent,
        "calls": person.call_consent,
        "history": [
            {
                "channel": change.channel,
                "given": change.given,
                "source": change.source,
                "at": _iso(change.at),
            }
            for change in history(session, person.id)
        ],
    }


def _enrollment(enrollment: Enrollment) -> dict[str, Any]:
    return {
        "sequence": enrollment.sequence_name,
        "version": enrollment.sequence_version,
        "status": str(enrollment.status),
        "reason": enrollment.status_reason,
        "started_at": _iso(enrollment.started_at),
        "touches_sent": enrollment.touches_sent,
        "next_touch_at": _iso(enrollment.next_due_at),
        "last_touch_at": _iso(enrollment.last_touch_at),
        "recruiter": enrollment.owner,
    }


def _sends(session: Session, enrollment_ids: list[int]) -> list[Send]:
    if not enrollment_ids:
        return []
    query = select(Send).where(col(Send.enrollment_id).in_(enrollment_ids))
    return list(session.exec(query.order_by(col(Send.claimed_at), col(Send.id))))


def _message(send: Send, sequence: str) -> dict[str, Any]:
    return {
        "sequence": sequence,
        "step": send.step_id,
        "channel": send.channel,
        "to": send.to,
        "status": str(send.status),
        "reason": send.reason,
        "subject": send.subject,
        "text": send.body,
        "voicemail_script": send.script,
        "written_at": _iso(send.claimed_at),
        "sent_at": _iso(send.sent_at),
        "provider": send.provider,
        "provider_id": send.provider_id,
        "message_id": send.message_id,
    }


def _events(session: Session, person_id: int, send_ids: list[int]) -> list[Event]:
    about = or_(Event.candidate_id == person_id, col(Event.send_id).in_(send_ids))
    query = select(Event).where(about).order_by(col(Event.occurred_at), col(Event.id))
    return list(session.exec(query))


def _event(event: Event) -> dict[str, Any]:
    return {
        "kind": str(event.kind),
        "channel": event.channel,
        "detail": event.detail,
        "occurred_at": _iso(event.occurred_at),
        "received_at": _iso(event.received_at),
    }


def _replies(session: Session, events: list[Event]) -> list[dict[str, Any]]:
    by_id = {e.id: e for e in events}
    if not by_id:
        return []
    query = select(ReplyReading).where(col(ReplyReading.event_id).in_(list(by_id)))
    return [
        {
            "received_at": _iso(by_id[r.event_id].received_at),
            "channel": by_id[r.event_id].channel,
            "kind": str(by_id[r.event_id].kind),
            "text": r.text,
            "understood_as": r.label,
            "confidence": r.confidence,
            "language": r.language,
            "date_named": _day(r.named_date),
            "decision": r.decision,
            "decided_by": r.decided_by,
            "decided_at": _iso(r.decided_at),
        }
        for r in sorted(session.exec(query), key=lambda r: r.event_id)
    ]


def _tasks(session: Session, sends: list[Send]) -> list[dict[str, Any]]:
    step_of = {s.id: s.step_id for s in sends}
    if not step_of:
        return []
    query = select(Task).where(col(Task.send_id).in_(list(step_of))).order_by(col(Task.id))
    return [
        {
            "step": step_of[t.send_id],
            "kind": t.kind,
            "to": t.to,
            "text": t.body,
            "status": str(t.status),
            "created_at": _iso(t.created_at),
            "expires_at": _iso(t.expires_at),
            "done_at": _iso(t.done_at),
        }
        for t in session.exec(query)
    ]


def _blocks(session: Session, person_id: int) -> list[dict[str, Any]]:
    query = select(ReenrollmentBlock).where(ReenrollmentBlock.candidate_id == person_id)
    return [
        {
            "reason": b.reason,
            "source": b.source,
            "since": _iso(b.created_at),
            "until": _iso(b.until),
            "lifted_at": _iso(b.lifted_at),
            "lifted_by": b.lifted_by,
        }
        for b in session.exec(query.order_by(col(ReenrollmentBlock.id)))
    ]


def _attention(session: Session, person_id: int) -> list[dict[str, Any]]:
    query = select(Attention).where(Attention.candidate_id == person_id)
    return [
        {
            "reason": a.reason,
            "since": _iso(a.created_at),
            "resolved_at": _iso(a.resolved_at),
            "resolved_by": a.resolved_by,
        }
        for a in session.exec(query.order_by(col(Attention.id)))
    ]


def _audit(session: Session, person_id: int) -> list[dict[str, Any]]:
    query = select(AuditEntry).where(AuditEntry.candidate_id == person_id)
    return [
        {"at": _iso(a.at), "by": a.actor, "action": a.action, "detail": a.detail}
        for a in session.exec(query.order_by(col(AuditEntry.at), col(AuditEntry.id)))
    ]


def _referrals(session: Session, person: CandidateRecord) -> list[dict[str, Any]]:
    """Replies of others that named this person: when, and the name given (not who wrote)."""
    if not person.email:
        return []
    query = (
        select(ReplyReading, Event)
        .join(Event, col(ReplyReading.event_id) == Event.id)
        .where(sa.func.lower(ReplyReading.referred_email) == person.key)
        .order_by(col(Event.received_at))
    )
    return [
        {"at": _iso(event.received_at), "name_given": reading.referred_name}
        for reading, event in session.exec(query)
    ]


def _suppression(session: Session, addresses: set[str]) -> list[dict[str, Any]]:
    query = select(Suppression).where(col(Suppression.address).in_(addresses))
    return [
        {"address": s.address, "reason": s.reason, "since": _iso(s.created_at)}
        for s in session.exec(query.order_by(col(Suppression.id)))
    ]


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None
