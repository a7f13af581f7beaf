"""Web app accounts: argon2id passwords, no weak ones, and guessing made slow for everyone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from sqlmodel import Session, select

from sequencer.errors import SequencerError
from sequencer.store import recruiters
from sequencer.store.audit import entries_for, record, write
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord, LoginFailure, Recruiter

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
GOOD = "correct horse battery staple"
HOME = "203.0.113.9"


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    return engine_for(database_url)


@pytest.fixture
def dana(engine: sa.Engine) -> Recruiter:
    return recruiters.add(engine, " Dana@Example.com ", GOOD, admin=False, now=NOW)


def test_an_account_keeps_only_an_argon2id_hash_of_the_password(
    engine: sa.Engine, dana: Recruiter
) -> None:
    with Session(engine) as session:
        stored = session.exec(select(Recruiter)).one()
    assert stored.email == "dana@example.com"
    assert GOOD not in stored.password_hash
    assert stored.password_hash.startswith("$argon2id$")


@pytest.mark.parametrize(
    ("email", "password", "says"),
    [
        ("dana@example.com", "short pass", "use at least 12"),
        ("not an email", GOOD, "not a valid address"),
        ("", GOOD, "give the recruiter's email"),
    ],
)
def test_a_weak_password_or_a_bad_email_is_refused(
    engine: sa.Engine, email: str, password: str, says: str
) -> None:
    with pytest.raises(SequencerError, match=says):
        recruiters.add(engine, email, password, admin=False, now=NOW)
    assert recruiters.everyone(engine) == []


def test_an_email_has_one_account(engine: sa.Engine, dana: Recruiter) -> None:
    with pytest.raises(SequencerError, match="already has an account"):
        recruiters.add(engine, "DANA@example.com", GOOD + "!", admin=True, now=NOW)


def test_the_right_password_signs_in_and_a_wrong_one_does_not(
    engine: sa.Engine, dana: Recruiter
) -> None:
    good = recruiters.sign_in(engine, "DANA@example.com", GOOD, HOME, NOW)
    assert good.recruiter is not None and good.recruiter.email == "dana@example.com"
    assert recruiters.sign_in(engine, "dana@example.com", GOOD + "x", HOME, NOW).recruiter is None
    assert recruiters.sign_in(engine, "eve@example.com", GOOD, HOME, NOW).recruiter is None


def test_a_removed_account_cannot_sign_in(engine: sa.Engine, dana: Recruiter) -> None:
    recruiters.remove(engine, "Dana@example.com")
    assert recruiters.sign_in(engine, "dana@example.com", GOOD, HOME, NOW).recruiter is None
    with pytest.raises(SequencerError, match=r"no account for dana@example\.com"):
        recruiters.remove(engine, "dana@example.com")


def test_a_hash_with_old_parameters_is_replaced_at_sign_in(
    engine: sa.Engine, dana: Recruiter
) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(GOOD)
    with Session(engine) as session, session.begin():
        session.exec(select(Recruiter)).one().password_hash = weak
    assert recruiters.sign_in(engine, "dana@example.com", GOOD, HOME, NOW).recruiter is not None
    with Session(engine) as session:
        renewed = session.exec(select(Recruiter)).one().password_hash
    assert renewed != weak and "m=65536" in renewed


def _guess(engine: sa.Engine, times: int, at: datetime, address: str = HOME) -> None:
    for _ in range(times):
        recruiters.sign_in(engine, "dana@example.com", "a wrong guess!", address, at)


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(
    engine: sa.Engine, dana: Recruiter
) -> None:
    _guess(engine, recruiters.ACCOUNT_LIMIT, NOW)
    locked = recruiters.sign_in(engine, "dana@example.com", GOOD, "198.51.100.1", NOW)
    assert locked.recruiter is None
    assert locked.locked_until == NOW + timedelta(minutes=15)
    later = NOW + timedelta(minutes=15, seconds=1)
    assert recruiters.sign_in(engine, "dana@example.com", GOOD, HOME, later).recruiter is not None


def test_each_further_lock_lasts_twice_as_long(engine: sa.Engine, dana: Recruiter) -> None:
    _guess(engine, recruiters.ACCOUNT_LIMIT, NOW)
    after_first = NOW + timedelta(minutes=16)
    _guess(engine, recruiters.ACCOUNT_LIMIT, after_first)
    second = recruiters.sign_in(engine, "dana@example.com", GOOD, HOME, after_first)
    assert second.locked_until == after_first + timedelta(minutes=30)


def test_failures_spread_out_beyond_the_window_never_lock(
    engine: sa.Engine, dana: Recruiter
) -> None:
    for hour in range(10):
        _guess(engine, recruiters.ACCOUNT_LIMIT - 1, NOW + timedelta(hours=hour))
    assert recruiters.sign_in(engine, "dana@example.com", GOOD, HOME, NOW + timedelta(hours=10))


def test_a_good_sign_in_clears_the_count(engine: sa.Engine, dana: Recruiter) -> None:
    _guess(engine, recruiters.ACCOUNT_LIMIT - 1, NOW)
    assert recruiters.sign_in(engine, "dana@example.com", GOOD, HOME, NOW).recruiter
    _guess(engine, recruiters.ACCOUNT_LIMIT - 1, NOW)
    assert recruiters.sign_in(engine, "dana@example.com", GOOD, HOME, NOW).recruiter


def test_one_address_guessing_many_accounts_is_locked_out(
    engine: sa.Engine, dana: Recruiter
) -> None:
    for n in range(recruiters.ADDRESS_LIMIT):
        recruiters.sign_in(engine, f"someone{n}@example.com", "a wrong guess!", HOME, NOW)
    from_there = recruiters.sign_in(engine, "dana@example.com", GOOD, HOME, NOW)
    assert from_there.recruiter is None and from_there.locked_until is not None
    elsewhere = recruiters.sign_in(engine, "dana@example.com", GOOD, "198.51.100.1", NOW)
    assert elsewhere.recruiter is not None


def test_the_count_is_kept_in_the_database_for_every_daemon(
    engine: sa.Engine, dana: Recruiter
) -> None:
    _guess(engine, 2, NOW)
    with Session(engine) as session:
        rows = {row.key: row.failures for row in session.exec(select(LoginFailure))}
    assert rows == {"account:dana@example.com": 2, f"address:{HOME}": 2}


def test_the_audit_log_lists_a_persons_entries_newest_first(engine: sa.Engine) -> None:
    with Session(engine) as session, session.begin():
        person = CandidateRecord(key="ana@example.com", email="ana@example.com", updated_at=NOW)
        session.add(person)
        session.flush()
        assert person.id is not None
        record(session, NOW, "dana@example.com", "pause", person.id)
        person_id = person.id
    write(engine, NOW + timedelta(minutes=1), "dana@example.com", "resume", person_id, "by hand")
    write(engine, NOW, "dana@example.com", "import", None, "3 rows")
    with Session(engine) as session:
        shown = [(e.action, e.detail) for e in entries_for(session, person_id)]
    assert shown == [("resume", "by hand"), ("pause", None)]
