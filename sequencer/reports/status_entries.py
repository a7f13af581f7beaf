"""One `status` entry per enrollment, built from the rows `status_rows` read for all of them:
the JSON of `status --json`. Plain `status` says the same in sentences, from the same rows
through the same rules (`in_step_order`, `waiting`, `held_until`, `suppressed`,
`needs_attention`, `shown_status`), without building the entries it would not print.

Times are the ISO text the rows carry already (`status_rows.utc_text`); built a hundred
thousand times over, so each entry is one dict built in place, with no datetime in sight.
"""

from __future__ import annotations

from typing import Any

from sequencer.reports.status_rows import (
    ConsentRow,
    EnrollmentRow,
    EventRow,
    Person,
    SendRow,
    StatusRows,
)
from sequencer.reports.status_tables import SENDING, WAITING
from sequencer.spec.outline import StepIds, waiting_step

IN_DOUBT = (
    "in doubt: a send was handed to the provider but never confirmed; it is not "
    "re-sent, and provider events will settle it"
)
WAITING_FOR_TASK = "waiting for the recruiter to do a task (sequencer tasks)"


def entry(
    rows: StatusRows, enrollment: EnrollmentRow, person: Person, steps: StepIds
) -> dict[str, Any]:
    """The entry of an enrollment, `steps` the ids of its version's steps, in order."""
    sends = in_step_order(rows.sends.get(enrollment.id, []), enrollment, steps)
    active = enrollment.status == "active"
    # A not-now's check-back, or the next step.
    upcoming = (
        waiting_step(steps, enrollment.next_step, enrollment.check_back_on) if active else None
    )
    return {
        "candidate": person.key,
        "sequence": enrollment.sequence_name,
        "version": enrollment.sequence_version,
        "status": enrollment.status,
        "reason": enrollment.status_reason,
        "touches_sent": enrollment.touches_sent,
        "next_step": upcoming,
        "next_due_at": enrollment.next_due_at,
        "waiting": waiting(sends) if active and enrollment.next_due_at is None else None,
        "held_until": held_until(enrollment) if active else None,
        "follow_on": _follow_on(enrollment),
        "suppressed": suppressed(rows, person),
        "email_undeliverable": person.email_undeliverable,
        "consent": _consent(person, rows.consent.get(person.id, [])),
        "events": [_event(e) for e in rows.events_since(enrollment)],
        "needs_attention": needs_attention(rows, enrollment, person.id),
        "sends": [_send(rows, s) for s in sends],
    }


# Each version's step order, worked out once: versions never change.
_step_orders: dict[str, dict[str, int]] = {}


def in_step_order(
    sends: list[SendRow], enrollment: EnrollmentRow, step_ids: StepIds
) -> list[SendRow]:
    """Sends in the order of their steps in the sequence, then the rest (a check-back, a step
    of an older version), in id order within each."""
    if len(sends) < 2:
        return sends
    version = enrollment.sequence_version
    if version not in _step_orders:
        _step_orders[version] = {step: n for n, step in enumerate(step_ids)}
    steps = _step_orders[version]
    last = len(steps)
    return sorted(sends, key=lambda s: steps.get(s.step_id, last))


def held_until(enrollment: EnrollmentRow) -> str | None:
    """The day a "not now" holds an active enrollment to, while it is still ahead of its last
    touch (`utc_text`s compare as their times)."""
    held = enrollment.not_before
    if held is None:
        return None
    return held if held > (enrollment.last_touch_at or enrollment.started_at) else None


def _follow_on(enrollment: EnrollmentRow) -> dict[str, Any] | None:
    if not enrollment.follow_on:
        return None
    return {"sequence": enrollment.follow_on, "from": enrollment.follow_on_at}


def suppressed(rows: StatusRows, person: Person) -> str | None:
    found = rows.suppression_of(person.email, person.phone)
    return f"{found.address}: {found.reason}" if found else None


def _consent(person: Person, changes: list[ConsentRow]) -> dict[str, Any]:
    """As `export.consent_of` gives it, from changes already read."""
    return {
        "texts": person.sms_consent,
        "calls": person.call_consent,
        "history": [
            {"channel": c.channel, "given": c.given, "source": c.source, "at": c.at}
            for c in changes
        ],
    }


def _event(event: EventRow) -> dict[str, Any]:
    return {
        "kind": event.kind,
        "channel": event.channel,
        "at": event.occurred_at,
        "detail": event.detail,
    }


def needs_attention(rows: StatusRows, enrollment: EnrollmentRow, person_id: int) -> list[str]:
    """What only the recruiter can settle about this enrollment, or about the person."""
    flags = rows.flags.get(person_id)
    if not flags:  # most people: nothing to settle
        return []
    return [f.reason for f in flags if f.enrollment_id in (None, enrollment.id)]


def waiting(sends: list[SendRow]) -> str | None:
    """Why an active enrollment has no next time."""
    if any(s.status == SENDING for s in sends):
        return IN_DOUBT
    if any(s.status == WAITING for s in sends):
        return WAITING_FOR_TASK
    return None


def shown_status(send: SendRow) -> str:
    """A send's status as status shows it: one handed over but never confirmed is in doubt."""
    return "in doubt" if send.status == SENDING else send.status


def _send(rows: StatusRows, send: SendRow) -> dict[str, Any]:
    task = rows.tasks.get(send.id)
    return {
        "step": send.step_id,
        "channel": send.channel,
        "to": send.to,
        "status": shown_status(send),
        "reason": send.reason,
        "subject": send.subject,
        "provider": send.provider,
        "provider_id": send.provider_id,
        "attempts": send.attempts,
        "sent_at": send.sent_at,
        "delivery": rows.deliveries.get(send.id),
        "task": {"id": task.id, "kind": task.kind, "status": task.status} if task else None,
    }
